package org.sujets.report;

import org.sujets.topics.TopicSummary;
import org.sujets.topics.TopicPeriodWords;
import org.sujets.topics.WeightedWord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The run's self-contained HTML page: the topics first (a map, each topic's words re-ranked by a
 * relevance λ slider, its articles, its share and words month by month, its emerging flag), a
 * search box, the charts, the corpus keywords, then the run's parameters folded away. Inline CSS
 * and JS (resources {@code report.css} and {@code report.js} beside this class), charts as SVG
 * data URIs, a strict CSP, nothing fetched. Every piece of data is escaped ({@link Escape#html});
 * what the script needs travels as JSON in a non-executed {@code <script type=application/json>}
 * (built by {@link ReportPageData}, escaped by {@link Escape#jsonForScript}) and reaches the page
 * only through {@code textContent}.
 */
final class HtmlReportWriter {
  static final String CSP =
      "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'";

  private HtmlReportWriter() {}

  static String html(ReportData data, List<RenderedChart> charts) {
    String title = data.title() == null || data.title().isBlank() ? "Run" : data.title();
    StringBuilder h = new StringBuilder(1 << 20);
    head(h, title);
    header(h, title, data, charts);
    h.append("<main>\n");
    if (!data.topics().isEmpty()) {
      topics(h, data);
      if (!data.relevance().words().isEmpty()) { // infer's report has no word distributions
        search(h, data);
      }
    }
    if (!charts.isEmpty()) {
      charts(h, charts);
    }
    if (!data.corpusKeywords().isEmpty()) {
      keywords(h, data.corpusKeywords());
    }
    parameters(h, data);
    h.append("</main>\n<footer>Généré par Sujets. Page autonome : aucune ressource externe.</footer>\n");
    // Data as inert JSON, read by the page's own script: nothing from the run is ever code.
    h.append("<script type=\"application/json\" id=\"report-data\">")
        .append(Escape.jsonForScript(ReportPageData.json(data)))
        .append("</script>\n<script>\n").append(JS).append("</script>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void head(StringBuilder h, String title) {
    h.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<title>Sujets · ").append(Escape.html(title)).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
  }

  /** The page title, a one-line summary and a link to each section present. */
  private static void header(StringBuilder h, String title, ReportData data, List<RenderedChart> charts) {
    h.append("<header><h1>Rapport Sujets</h1><p class=\"sub\">").append(Escape.html(title)).append("</p>\n");
    RunCounts c = data.counts();
    if (c != null) {
      h.append("<p class=\"facts\">").append(data.topics().size()).append(" sujets · ")
          .append(thousands(c.articles())).append(" articles · ").append(thousands(c.tokens()))
          .append(" mots retenus · vocabulaire de ").append(thousands(c.vocabularySize())).append("</p>\n");
    }
    h.append("<nav>");
    if (!data.topics().isEmpty()) {
      h.append("<a href=\"#sujets\">Sujets</a> ");
      if (!data.relevance().words().isEmpty()) {
        h.append("<a href=\"#recherche\">Recherche</a> ");
      }
    }
    if (!charts.isEmpty()) {
      h.append("<a href=\"#graphiques\">Graphiques</a> ");
    }
    if (!data.corpusKeywords().isEmpty()) {
      h.append("<a href=\"#mots-cles\">Mots-clés</a> ");
    }
    h.append("<a href=\"#parametres\">Paramètres</a></nav></header>\n");
  }

  /**
   * The explorer: the map and the topic list on one side; on the other, the chosen topic's
   * words with the λ slider, its articles, its curve and its words over time. The script fills
   * the panels; the list is written here, so the topics read without JavaScript too.
   */
  private static void topics(StringBuilder h, ReportData data) {
    h.append("<section id=\"sujets\"><h2>Sujets</h2>\n")
        .append("<p class=\"hint\">Cliquez sur un sujet, dans la carte ou la liste, pour voir ses mots, ")
        .append("ses articles et son évolution.</p>\n<div class=\"explorer\">\n<div class=\"overview\">\n")
        .append("<figure id=\"map-panel\" hidden><div id=\"topic-map\"></div><figcaption>Carte des sujets : ")
        .append("proches s'ils emploient les mêmes mots (distances de Jensen–Shannon) ; aire ∝ prévalence.")
        .append("</figcaption></figure>\n");
    topicTable(h, data.topics());
    h.append("</div>\n<article id=\"topic\" aria-live=\"polite\">")
        .append("<h3 id=\"articles-title\">Sujet</h3><p id=\"topic-flag\" class=\"flag\" hidden></p>\n")
        .append("<noscript><p>JavaScript est désactivé : les mots et articles de chaque sujet figurent aussi ")
        .append("dans report.ipynb et topics.json.</p></noscript>\n")
        .append("<div id=\"words-panel\"><h4>Mots du sujet</h4><div class=\"slider\">")
        .append("<label for=\"lambda\">Pertinence λ = <output id=\"lambda-value\" for=\"lambda\"></output></label>")
        .append("<input type=\"range\" id=\"lambda\" min=\"0\" max=\"1\" step=\"0.1\">")
        .append("<span class=\"hint\">λ = 1 : les mots les plus fréquents du sujet ; λ → 0 : ses mots ")
        .append("les plus spécifiques.</span></div><div id=\"word-bars\"></div>")
        .append("<p class=\"legend\"><span class=\"key corpus\"></span>fréquence dans tout le corpus ")
        .append("<span class=\"key in-topic\" id=\"key-topic\"></span>estimée dans ce sujet</p></div>\n")
        .append("<h4>Articles représentatifs</h4><ol id=\"articles-list\"></ol>\n")
        .append("<div id=\"time-panel\" hidden><h4>Part du sujet par mois</h4><div id=\"topic-curve\"></div>")
        .append("<h4 id=\"month-words-title\">Mots du sujet par mois</h4><table id=\"month-words\" class=\"month-words\">")
        .append("<thead><tr><th scope=\"col\">Mois</th><th scope=\"col\">Mots caractéristiques</th></tr></thead>")
        .append("<tbody></tbody></table><p id=\"month-words-none\" class=\"hint\" hidden>Les mots par mois ne sont ")
        .append("calculés que pour les ").append(data.wordsByMonth().stream().map(TopicPeriodWords::topic).distinct().count())
        .append(" sujets les plus répandus (topic_words_by_month.csv les a tous).</p></div>\n")
        .append("</article>\n</div></section>\n");
  }

  private static void topicTable(StringBuilder h, List<TopicSummary> topics) {
    h.append("<table class=\"topic-table\"><thead><tr><th scope=\"col\">Sujet</th><th scope=\"col\">Libellé</th>")
        .append("<th scope=\"col\" class=\"num\">Part</th><th scope=\"col\" class=\"words\">Mots principaux</th>")
        .append("</tr></thead><tbody>\n");
    for (TopicSummary t : topics) {
      h.append("<tr data-topic=\"").append(t.id()).append("\" tabindex=\"0\" role=\"button\" aria-pressed=\"false\">")
          .append("<td class=\"id\"><span class=\"sw\" style=\"background:").append(Palette.hex(t.id()))
          .append("\"></span>").append(t.id()).append("</td><td class=\"label\">").append(Escape.html(t.label()));
      if (t.emerging()) {
        h.append(" <span class=\"badge\" title=\"part du dernier mois bien au-dessus de sa moyenne récente\">")
            .append("émergent</span>");
      }
      h.append("</td><td class=\"num\">").append(pct(t.prevalence())).append("</td><td class=\"words\">")
          .append(words(t)).append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");
  }

  private static StringBuilder words(TopicSummary t) {
    StringBuilder words = new StringBuilder();
    int n = 0;
    for (WeightedWord w : t.words()) {
      if (n++ == TopicWordsChart.WORDS_PER_PANEL) {
        break;
      }
      if (words.length() > 0) {
        words.append(", ");
      }
      words.append(Escape.html(w.word()));
    }
    return words;
  }

  /** The search box: the script scores the topics for the typed words (see report.js). */
  private static void search(StringBuilder h, ReportData data) {
    h.append("<section id=\"recherche\"><h2>Recherche</h2>\n<form id=\"search-form\" role=\"search\">")
        .append("<label for=\"search\">Un mot ou une expression</label> ")
        .append("<input type=\"search\" id=\"search\" autocomplete=\"off\" spellcheck=\"false\" ")
        .append("placeholder=\"ex. ").append(Escape.html(example(data))).append("\"></form>\n")
        .append("<p class=\"hint\">Les sujets où ces mots pèsent le plus, p(sujet | mots), comme ")
        .append("<code>sujets search</code>, parmi les ").append(thousands(data.relevance().words().size()))
        .append(" mots et expressions que ce rapport embarque (les mots affichés de chaque sujet, à tout λ) ; ")
        .append("<code>sujets search</code> cherche dans tout le vocabulaire.</p>\n")
        .append("<p id=\"search-status\" aria-live=\"polite\"></p><ol id=\"search-results\"></ol></section>\n");
  }

  private static String example(ReportData data) {
    List<String> top = data.topics().get(0).words().stream().map(WeightedWord::word).toList();
    return top.isEmpty() ? "" : top.get(0);
  }

  /** Each chart as an SVG data URI: the page stays one file, and sharp at any zoom. */
  private static void charts(StringBuilder h, List<RenderedChart> charts) {
    h.append("<section id=\"graphiques\"><h2>Graphiques</h2>\n");
    for (RenderedChart r : charts) {
      String b64 = Base64.getEncoder().encodeToString(r.svg().getBytes(StandardCharsets.UTF_8));
      h.append("<figure id=\"chart-").append(r.name()).append("\"><img src=\"data:image/svg+xml;base64,")
          .append(b64).append("\" width=\"").append(r.width()).append("\" height=\"").append(r.height())
          .append("\" alt=\"").append(Escape.html(r.title())).append("\"><figcaption>")
          .append(Escape.html(r.title())).append(" <span class=\"file\">charts/").append(r.name())
          .append(".png · .svg</span></figcaption></figure>\n");
    }
    h.append("</section>\n");
  }

  private static void keywords(StringBuilder h, List<Keyword> kw) {
    h.append("<section id=\"mots-cles\"><h2>Mots-clés du corpus</h2>\n<table class=\"kw\"><thead><tr>")
        .append("<th scope=\"col\" class=\"num\">Rang</th><th scope=\"col\">Mot</th><th scope=\"col\" class=\"num\">Spécificité</th>")
        .append("</tr></thead><tbody>\n");
    int rank = 1;
    for (Keyword k : kw) {
      h.append("<tr><td class=\"num\">").append(rank++).append("</td><td>").append(Escape.html(k.word()))
          .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%.1f", k.score()))
          .append("</td></tr>\n");
    }
    h.append("</tbody></table></section>\n");
  }

  /** Counts and every parameter used, folded: they matter to reproduce a run, less to read it. */
  private static void parameters(StringBuilder h, ReportData data) {
    h.append("<section id=\"parametres\"><details><summary>Paramètres et comptes du run</summary>\n")
        .append("<div class=\"cols\">\n");
    RunCounts c = data.counts();
    if (c != null) {
      h.append("<table class=\"kv\"><caption>Comptes</caption><tbody>\n");
      kv(h, "Fichiers lus", c.filesRead());
      kv(h, "Enregistrements lus", c.recordsRead());
      kv(h, "Enregistrements ignorés (illisibles)", c.recordsSkipped());
      kv(h, "Articles vides", c.emptyArticles());
      kv(h, "Fichiers relus en windows-1252", c.redecoded());
      kv(h, "Articles analysés", c.articles());
      kv(h, "Mots (tokens) retenus", c.tokens());
      kv(h, "Taille du vocabulaire", c.vocabularySize());
      h.append("</tbody></table>\n");
    }
    Map<String, Object> params = data.parameters() == null ? Map.of() : data.parameters();
    if (!params.isEmpty()) {
      h.append("<table class=\"kv params\"><caption>Paramètres (run.json)</caption><tbody>\n");
      params.forEach(
          (k, v) ->
              h.append("<tr><th scope=\"row\">").append(Escape.html(k)).append("</th><td>")
                  .append(Escape.html(String.valueOf(v))).append("</td></tr>\n"));
      h.append("</tbody></table>\n");
    }
    h.append("</div></details></section>\n");
  }

  private static void kv(StringBuilder h, String k, long v) {
    h.append("<tr><th scope=\"row\">").append(Escape.html(k)).append("</th><td class=\"num\">")
        .append(thousands(v)).append("</td></tr>\n");
  }

  private static String thousands(long v) {
    return String.format(Locale.FRANCE, "%,d", v).replace('\u202F', ' ').replace('\u00A0', ' ');
  }

  private static String pct(double v) {
    return String.format(Locale.FRANCE, "%.1f %%", v * 100);
  }

  /** The page's own style and script, inlined: the page is one file, and the CSP allows no URL. */
  private static final String CSS = resource("report.css");
  private static final String JS = resource("report.js");

  private static String resource(String name) {
    try (InputStream in = HtmlReportWriter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/sujets/report/" + name);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // Inlined as is: a closing tag inside would end the element early.
      if (text.toLowerCase(Locale.ROOT).contains("</script") || text.toLowerCase(Locale.ROOT).contains("</style")) {
        throw new IllegalStateException(name + " holds a closing tag and cannot be inlined");
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
