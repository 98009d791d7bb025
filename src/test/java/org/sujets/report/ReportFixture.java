package org.sujets.report;

import org.sujets.topics.TopicLabels;
import org.sujets.topics.TopicHierarchy;
import org.sujets.topics.TopicSummary;
import org.sujets.topics.TopicPeriodWords;
import org.sujets.topics.TopicShareSeries;
import org.sujets.topics.ArticleTopics;
import org.sujets.topics.ArticleShare;
import org.sujets.topics.RelevanceWords;
import org.sujets.topics.WeightedWord;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A realistic run of French news: topics with accented words and « », hostile titles (HTML,
 * Markdown), months, sources and sections; and the run's other files as the job writes them.
 */
final class ReportFixture {
  static final String HOSTILE_TITLE =
      "<script>document.title='pwned'</script> Le « plan » *Macron* | _budget_ [lien](javascript:alert(1)) `code` $x$";
  static final String HOSTILE_IMG = "# Titre <img src=x onerror=\"document.title='pwned'\"> & Cie";

  private static final String[][] WORDS = {
    {"poutine", "kim", "russie", "sommet", "pyongyang", "kremlin", "nucléaire", "coopération", "sanctions", "missiles", "délégation", "moscou"},
    {"gouvernementales", "assemblée", "réforme", "retraites", "députés", "motion", "censure", "budget", "élisabeth", "majorité", "opposition", "vote"},
    {"satellites", "cosmodrome", "fusée", "lancement", "orbite", "spatiale", "ariane", "agence", "mission", "astronautes", "station", "télescope"},
    {"écoles", "enseignants", "élèves", "rentrée", "baccalauréat", "collège", "lycée", "ministre", "éducation", "programmes", "grève", "académie"},
    {"inflation", "prix", "énergie", "électricité", "carburants", "ménages", "pouvoir", "pouvoir d'achat", "hausse", "banque", "taux", "croissance"},
    {"football", "championnat", "équipe", "entraîneur", "supporteurs", "stade", "victoire", "mbappé", "ligue", "saison", "transfert", "défaite"},
    {"climat", "sécheresse", "canicule", "température", "glaciers", "émissions", "carbone", "biodiversité", "incendies", "pluies", "records", "environnement"},
    {"hôpital", "urgences", "soignants", "médecins", "patients", "santé", "vaccin", "épidémie", "covid", "infirmières", "pénurie", "lits"},
    {"ukraine", "kiev", "offensive", "front", "soldats", "bombardements", "zelensky", "armée", "drones", "civils", "donbass", "contre-offensive"},
    {"immigration", "frontières", "migrants", "asile", "préfecture", "régularisation", "loi", "expulsions", "titres", "séjour", "lampedusa", "accueil"},
    {"intelligence", "artificielle", "algorithmes", "données", "chatgpt", "numérique", "plateformes", "réseaux", "sociaux", "régulation", "start-up", "innovation"},
    {"agriculteurs", "récoltes", "blé", "pesticides", "élevage", "exploitations", "subventions", "bruxelles", "tracteurs", "colère", "syndicats", "marchés"},
    {"cinéma", "festival", "cannes", "réalisatrice", "palme", "acteurs", "film", "projection", "jury", "spectateurs", "salles", "séries"},
    {"justice", "procès", "tribunal", "avocats", "condamnation", "enquête", "parquet", "prison", "juges", "témoins", "verdict", "appel"},
    {"logement", "loyers", "immobilier", "crédit", "propriétaires", "locataires", "construction", "hlm", "permis", "quartiers", "rénovation", "notaires"},
    {"israël", "gaza", "hamas", "otages", "cessez-le-feu", "négociations", "humanitaire", "frappes", "jérusalem", "cisjordanie", "réfugiés", "diplomatie"},
    {"municipales", "maire", "conseil", "commune", "candidats", "scrutin", "listes", "campagne", "électeurs", "abstention", "sondages", "second"},
    {"transports", "sncf", "trains", "métro", "grève", "cheminots", "ratp", "usagers", "retards", "billets", "tgv", "vélo"},
    {"chine", "pékin", "taïwan", "xi", "commerce", "exportations", "tensions", "américains", "washington", "semi-conducteurs", "douane", "marine"},
    {"musées", "exposition", "patrimoine", "louvre", "œuvres", "artistes", "restauration", "notre-dame", "collections", "visiteurs", "peinture", "sculpture"},
  };
  static final String[] MONTHS = {"2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06"};
  static final String[] SOURCES = {"Le Monde", "Libération", "Le Figaro"};
  static final String[] SECTIONS = {"International", "Politique", "Économie", "Société"};

  private ReportFixture() {}

  /** The test corpus: k topics, n articles. */
  static ReportData build(int k, int n) {
    Random rnd = new Random(42);
    double[][] articleShares = new double[n][];
    for (int a = 0; a < n; a++) {
      double[] s = new double[k];
      double sum = 0;
      for (int j = 0; j < k; j++) {
        s[j] = Math.pow(rnd.nextDouble(), 3) * (j == a % k ? 12 : 1) / (1 + 0.15 * j);
        sum += s[j];
      }
      for (int j = 0; j < k; j++) {
        s[j] /= sum;
      }
      articleShares[a] = s;
    }
    List<String> titles = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      int dom = argmax(articleShares[a]);
      String[] w = WORDS[dom % WORDS.length];
      titles.add(
          switch (a) {
            case 0 -> HOSTILE_TITLE;
            case 1 -> HOSTILE_IMG;
            case 2 -> "« " + cap(w[0]) + " » : les mesures gouvernementales contestées à l'Assemblée";
            default -> cap(w[1]) + " et " + w[2] + " : ce que l'on sait après la réunion de " + MONTHS[a % 6];
          });
    }
    double[] prevalence = new double[k];
    for (double[] s : articleShares) {
      for (int j = 0; j < k; j++) {
        prevalence[j] += s[j] / n;
      }
    }
    // Topic ids are ranks by prevalence: sort, then remap.
    Integer[] order = new Integer[k];
    for (int j = 0; j < k; j++) {
      order[j] = j;
    }
    java.util.Arrays.sort(order, (x, y) -> Double.compare(prevalence[y], prevalence[x]));
    double[][] shares = new double[n][k];
    for (int a = 0; a < n; a++) {
      for (int r = 0; r < k; r++) {
        shares[a][r] = articleShares[a][order[r]];
      }
    }
    List<TopicSummary> topics = new ArrayList<>();
    for (int r = 0; r < k; r++) {
      String[] w = WORDS[order[r] % WORDS.length];
      List<WeightedWord> words = new ArrayList<>();
      double weight = 0.045 + 0.01 * rnd.nextDouble();
      for (String word : w) {
        words.add(new WeightedWord(word, weight));
        weight *= 0.82;
      }
      List<ArticleShare> arts = new ArrayList<>();
      final int col = r;
      List<Integer> idx = new ArrayList<>();
      for (int a = 0; a < n; a++) {
        idx.add(a);
      }
      idx.sort((x, y) -> Double.compare(shares[y][col], shares[x][col]));
      for (int i = 0; i < Math.min(5, n); i++) {
        int a = idx.get(i);
        arts.add(new ArticleShare("art-" + (a + 1), titles.get(a), shares[a][col]));
      }
      if (r == 0) {
        // The hostile titles are among topic 1's articles, which the HTML page shows first.
        for (int a = 0; a < 2; a++) {
          String id = "art-" + (a + 1);
          if (arts.stream().noneMatch(x -> x.id().equals(id))) {
            arts.set(arts.size() - 1 - a, new ArticleShare(id, titles.get(a), shares[a][0]));
          }
        }
      }
      String label = String.join(" · ", w[0], w[1], w[2]);
      topics.add(new TopicSummary(r + 1, label, TopicLabels.WORDS, prevalence[order[r]], words, arts, null, List.of(), r == 1));
    }
    double[][] dist = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        if (i != j) {
          dist[i][j] = 0.55 + 0.3 * Math.abs(Math.sin(1.7 * (i + 1) * (j + 1) + i + j)) - 0.1 * ((order[i] % 3 == order[j] % 3) ? 1 : 0);
        }
      }
    }
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < i; j++) {
        dist[i][j] = dist[j][i];
      }
    }
    long[] dominant = new long[k];
    List<ArticleTopics> at = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      dominant[argmax(shares[a])]++;
      at.add(new ArticleTopics("art-" + (a + 1), titles.get(a), shares[a]));
    }
    List<Keyword> keywords = new ArrayList<>();
    double score = 0.41;
    for (int i = 0; i < 25; i++) {
      keywords.add(new Keyword(WORDS[i % WORDS.length][(i / WORDS.length) + 3], score));
      score *= 0.9;
    }
    keywords.set(3, new Keyword("« gouvernementales »", keywords.get(3).score()));
    List<TopicShareSeries> byMonth = groups(MONTHS, shares, a -> a % MONTHS.length);
    List<TopicShareSeries> bySource = groups(SOURCES, shares, a -> (a * 7) % SOURCES.length);
    List<TopicShareSeries> bySection = groups(SECTIONS, shares, a -> (a * 5 + 1) % SECTIONS.length);
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("input", "data/sample/le_monde_2023.jsonl");
    params.put("topics", k);
    params.put("iterations", 100);
    params.put("optimizer", "online");
    params.put("stopWords", "français + « le_monde_extra »");
    params.put("seed", 42L);
    RunCounts counts = new RunCounts(3, n + 2, 1, 1, 1, n, n * 312L, 1873);
    return new ReportData(
        "Le Monde 2023 | <b>échantillon</b>",
        counts,
        params,
        topics,
        keywords,
        dist,
        dominant,
        at,
        byMonth,
        bySource,
        bySection,
        wordsByMonth(topics, byMonth),
        tree(dist, topics),
        relevance(topics),
        dates(topics));
  }

  /** The topics' tree on the fixture's distances; each topic's distribution is its first word alone. */
  static TopicHierarchy tree(double[][] dist, List<TopicSummary> topics) {
    int k = topics.size();
    double[][] distributions = new double[k][k];
    double[] weights = new double[k];
    String[] readable = new String[k];
    for (int i = 0; i < k; i++) {
      distributions[i][i] = 1;
      weights[i] = topics.get(i).prevalence();
      readable[i] = topics.get(i).words().get(0).word();
    }
    return TopicHierarchy.of(dist, distributions, weights, readable);
  }

  /**
   * The page's relevance words: a vocabulary of every topic's words, each topic giving its own
   * words their weight and a little to the others (LDA's smoothing), the corpus their mean.
   */
  static RelevanceWords relevance(List<TopicSummary> topics) {
    List<String> vocabulary = new ArrayList<>();
    topics.forEach(t -> t.words().forEach(w -> {
      if (!vocabulary.contains(w.word())) {
        vocabulary.add(w.word());
      }
    }));
    double[][] dist = new double[topics.size()][vocabulary.size()];
    double[] corpus = new double[vocabulary.size()];
    for (int r = 0; r < topics.size(); r++) {
      java.util.Arrays.fill(dist[r], 1e-4);
      for (WeightedWord w : topics.get(r).words()) {
        dist[r][vocabulary.indexOf(w.word())] += w.weight();
      }
      double sum = java.util.Arrays.stream(dist[r]).sum();
      for (int w = 0; w < corpus.length; w++) {
        dist[r][w] /= sum;
        corpus[w] += dist[r][w] * topics.get(r).prevalence();
      }
    }
    return RelevanceWords.of(dist, corpus, vocabulary.toArray(new String[0]), 0.6, 20);
  }

  /** Each representative article's date: in the month its title names. */
  private static Map<String, String> dates(List<TopicSummary> topics) {
    Map<String, String> dates = new LinkedHashMap<>();
    topics.forEach(t -> t.articles().forEach(a -> {
      int n = Integer.parseInt(a.id().substring("art-".length())) - 1;
      dates.put(a.id(), MONTHS[n % MONTHS.length] + "-1" + (n % 9 + 1));
    }));
    return dates;
  }

  /** Each topic's words month by month: its word list shifted by one word a month, so that they move. */
  static List<TopicPeriodWords> wordsByMonth(List<TopicSummary> topics, List<TopicShareSeries> months) {
    List<TopicPeriodWords> out = new ArrayList<>();
    for (TopicSummary t : topics) {
      for (int m = 0; m < months.size(); m++) {
        List<String> words = new ArrayList<>();
        for (int j = 0; j < 8; j++) {
          words.add(t.words().get((m + j) % t.words().size()).word());
        }
        TopicShareSeries month = months.get(m);
        out.add(new TopicPeriodWords(t.id(), month.key(), month.shares()[t.id() - 1] * month.articles(), words));
      }
    }
    return out;
  }

  private static String cap(String s) {
    return s.substring(0, 1).toUpperCase(Locale.FRENCH) + s.substring(1);
  }

  static int argmax(double[] s) {
    int m = 0;
    for (int j = 1; j < s.length; j++) {
      if (s[j] > s[m]) {
        m = j;
      }
    }
    return m;
  }

  private static List<TopicShareSeries> groups(
      String[] keys, double[][] shares, java.util.function.IntUnaryOperator groupOf) {
    int k = shares[0].length;
    List<TopicShareSeries> out = new ArrayList<>();
    for (int g = 0; g < keys.length; g++) {
      double[] mean = new double[k];
      long count = 0;
      for (int a = 0; a < shares.length; a++) {
        if (groupOf.applyAsInt(a) == g) {
          count++;
          for (int j = 0; j < k; j++) {
            mean[j] += shares[a][j];
          }
        }
      }
      if (count > 0) {
        for (int j = 0; j < k; j++) {
          mean[j] /= count;
        }
        out.add(new TopicShareSeries(keys[g], count, mean));
      }
    }
    return out;
  }

  /** Writes topics.json, keywords.json, run.json and articles.csv as the job does. */
  static void writeRunFiles(ReportData d, Path dir) throws IOException {
    Files.createDirectories(dir);
    ObjectMapper om = new ObjectMapper();
    ObjectNode root = om.createObjectNode();
    ArrayNode ts = root.putArray("topics");
    for (TopicSummary t : d.topics()) {
      ObjectNode o = ts.addObject();
      o.put("id", t.id());
      o.put("label", t.label());
      o.put("prevalence", t.prevalence());
      o.put("emerging", t.emerging());
      ArrayNode ws = o.putArray("words");
      t.words().forEach(w -> ws.addObject().put("word", w.word()).put("weight", w.weight()));
      ArrayNode as = o.putArray("articles");
      t.articles().forEach(a -> as.addObject().put("id", a.id()).put("title", a.title()).put("share", a.share()));
    }
    om.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("topics.json").toFile(), root);
    ObjectNode kw = om.createObjectNode();
    ArrayNode c = kw.putArray("corpus");
    d.corpusKeywords().forEach(k -> c.addObject().put("word", k.word()).put("score", k.score()));
    om.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("keywords.json").toFile(), kw);
    ObjectNode run = om.createObjectNode();
    run.set("counts", om.valueToTree(d.counts()));
    run.set("parameters", om.valueToTree(d.parameters()));
    ObjectNode st = run.putObject("stageSeconds");
    st.put("read", 1.2).put("analyse", 3.4).put("lda", 12.5).put("report", 0.8);
    om.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("run.json").toFile(), run);
    int k = d.topics().size();
    StringBuilder csv = new StringBuilder("id,title,date,source,section,dominant_topic,dominant_share");
    for (int j = 1; j <= k; j++) {
      csv.append(",topic_").append(j);
    }
    csv.append(",keywords\n");
    int a = 0;
    for (ArticleTopics t : d.articleTopics()) {
      int dom = argmax(t.shares());
      csv.append(q(t.id())).append(',').append(q(t.title())).append(',')
          .append(MONTHS[a % MONTHS.length]).append("-1").append(a % 9 + 1).append(',')
          .append(q(SOURCES[(a * 7) % SOURCES.length])).append(',')
          .append(q(SECTIONS[(a * 5 + 1) % SECTIONS.length])).append(',')
          .append(dom + 1).append(',').append(String.format(Locale.ROOT, "%.4f", t.shares()[dom]));
      for (double s : t.shares()) {
        csv.append(',').append(String.format(Locale.ROOT, "%.4f", s));
      }
      TopicSummary top = d.topics().get(dom);
      csv.append(',').append(q(top.words().get(0).word() + " (0.412); " + top.words().get(1).word() + " (0.301)"));
      csv.append('\n');
      a++;
    }
    Files.writeString(dir.resolve("articles.csv"), csv, StandardCharsets.UTF_8);
  }

  private static String q(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
