package org.sujets.report;

import org.sujets.topics.TopicSummary;
import org.sujets.topics.ArticleShare;
import org.sujets.topics.WeightedWord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The run's notebook (nbformat 4.5). Every output is pre-filled, so it renders on GitHub or in
 * JupyterLab without being executed; executed in the run's folder, its code cells recompute the
 * same outputs from topics.json, keywords.json and charts/*.png. Untrusted text only ever goes
 * into Markdown cells, escaped by {@link Escape#markdown}.
 */
final class NotebookWriter {
  static final String VEGA_LITE = "application/vnd.vegalite.v5+json";
  static final String SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final List<ObjectNode> cells = new ArrayList<>();
  private int executionCount = 0;

  private NotebookWriter() {}

  static String notebook(ReportData data, List<RenderedChart> charts) {
    NotebookWriter w = new NotebookWriter();
    w.build(data, charts);
    ObjectNode nb = F.objectNode();
    ArrayNode cellArray = nb.putArray("cells");
    w.cells.forEach(cellArray::add);
    ObjectNode meta = nb.putObject("metadata");
    ObjectNode ks = meta.putObject("kernelspec");
    ks.put("display_name", "Python 3");
    ks.put("language", "python");
    ks.put("name", "python3");
    meta.putObject("language_info").put("name", "python");
    nb.put("nbformat", 4);
    nb.put("nbformat_minor", 5);
    DefaultPrettyPrinter pp =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter(" ", "\n"))
            .withArrayIndenter(new DefaultIndenter(" ", "\n"));
    try {
      return MAPPER.writer(pp).writeValueAsString(nb) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- content

  private void build(ReportData data, List<RenderedChart> charts) {
    List<TopicSummary> topics = data.topics();
    String title = data.title() == null || data.title().isBlank() ? "Run" : data.title();
    markdown(
        "# Rapport Sujets : " + Escape.markdown(title) + "\n\n"
            + "Sujets (LDA) et mots-clés d'un corpus d'articles. Les sorties de ce notebook sont "
            + "déjà remplies ; exécuté dans le dossier du run, il les recalcule à partir de "
            + "`topics.json`, `keywords.json`, `run.json`, `articles.csv` et `charts/`.");

    StringBuilder md = new StringBuilder("## Paramètres et comptes\n\n");
    RunCounts c = data.counts();
    if (c != null) {
      md.append("| Compte | Valeur |\n| --- | ---: |\n");
      row(md, "Fichiers lus", c.filesRead());
      row(md, "Enregistrements lus", c.recordsRead());
      row(md, "Enregistrements ignorés (illisibles)", c.recordsSkipped());
      row(md, "Articles vides", c.emptyArticles());
      row(md, "Fichiers relus en windows-1252", c.redecoded());
      row(md, "Articles analysés", c.articles());
      row(md, "Mots (tokens) retenus", c.tokens());
      row(md, "Taille du vocabulaire", c.vocabularySize());
      md.append('\n');
    }
    Map<String, Object> params = data.parameters() == null ? Map.of() : data.parameters();
    if (!params.isEmpty()) {
      md.append("| Paramètre | Valeur |\n| --- | --- |\n");
      params.forEach(
          (k, v) ->
              md.append("| ")
                  .append(Escape.markdown(k))
                  .append(" | ")
                  .append(Escape.markdown(String.valueOf(v)))
                  .append(" |\n"));
    }
    markdown(md.toString());

    code(setupSource(topics), List.of());

    for (RenderedChart r : charts) {
      markdown("## " + Escape.markdown(r.title()));
      ObjectNode spec =
          switch (r.name()) {
            case "topic-prevalence" -> vegaPrevalence(topics);
            case "topic-words" -> vegaTopicWords(topics);
            case "keywords" -> vegaKeywords(data.corpusKeywords());
            default -> null;
          };
      String call =
          switch (r.name()) {
            case "topic-prevalence" -> "show_chart('topic-prevalence', vl_prevalence(topics))";
            case "topic-words" -> "show_chart('topic-words', vl_topic_words(topics))";
            case "keywords" -> "show_chart('keywords', vl_keywords(keywords))";
            default -> "show_chart('" + r.name() + "')";
          };
      ObjectNode out = F.objectNode();
      out.put("output_type", "display_data");
      ObjectNode bundle = out.putObject("data");
      bundle.put("image/png", Base64.getEncoder().encodeToString(r.png()));
      bundle.put("text/plain", "<graphique " + r.name() + ">");
      if (spec != null) {
        bundle.set(VEGA_LITE, spec);
      }
      out.putObject("metadata");
      code(call, List.of(out));
    }

    if (!topics.isEmpty()) {
      StringBuilder t = new StringBuilder("## Sujets\n\n");
      t.append("| Sujet | Libellé | Prévalence | Mots principaux |\n| ---: | --- | ---: | --- |\n");
      for (TopicSummary s : topics) {
        List<String> words = new ArrayList<>();
        for (WeightedWord w : s.words()) {
          if (words.size() == TopicWordsChart.WORDS_PER_PANEL) {
            break;
          }
          words.add(Escape.markdown(w.word()));
        }
        t.append("| ")
            .append(s.id())
            .append(" | ")
            .append(Escape.markdown(s.label()))
            .append(" | ")
            .append(pct(s.prevalence()))
            .append(" | ")
            .append(String.join(", ", words))
            .append(" |\n");
      }
      markdown(t.toString());

      StringBuilder a = new StringBuilder("## Articles représentatifs\n");
      for (TopicSummary s : topics) {
        a.append("\n**Sujet ").append(s.id()).append(" · ").append(Escape.markdown(s.label())).append("**\n\n");
        if (s.articles().isEmpty()) {
          a.append("- (aucun article)\n");
        }
        for (ArticleShare art : s.articles()) {
          String shown = art.title() == null || art.title().isBlank() ? art.id() : art.title();
          a.append("- ")
              .append(Escape.markdown(shown))
              .append(" (")
              .append(pct(art.share()))
              .append(", ")
              .append(Escape.markdown(art.id()))
              .append(")\n");
        }
      }
      markdown(a.toString());
    }

    List<Keyword> kw = data.corpusKeywords();
    if (!kw.isEmpty()) {
      StringBuilder k = new StringBuilder("## Mots-clés du corpus\n\n| Rang | Mot | Score TF-IDF |\n| ---: | --- | ---: |\n");
      int rank = 1;
      for (Keyword w : kw) {
        k.append("| ").append(rank++).append(" | ").append(Escape.markdown(w.word())).append(" | ")
            .append(String.format(Locale.ROOT, "%.4f", w.score())).append(" |\n");
      }
      markdown(k.toString());
    }
  }

  private static void row(StringBuilder md, String name, long value) {
    md.append("| ").append(name).append(" | ").append(value).append(" |\n");
  }

  private static String pct(double v) {
    return String.format(Locale.FRANCE, "%.1f %%", v * 100);
  }

  // ---------------------------------------------------------------- cells

  private String nextId() {
    return String.format(Locale.ROOT, "cell-%03d", cells.size() + 1);
  }

  private void markdown(String text) {
    ObjectNode cell = F.objectNode();
    cell.put("cell_type", "markdown");
    cell.put("id", nextId());
    cell.putObject("metadata");
    cell.set("source", lines(text));
    cells.add(cell);
  }

  private void code(String source, List<ObjectNode> outputs) {
    ObjectNode cell = F.objectNode();
    cell.put("cell_type", "code");
    cell.put("execution_count", ++executionCount);
    cell.put("id", nextId());
    cell.putObject("metadata");
    ArrayNode outs = cell.putArray("outputs");
    outputs.forEach(outs::add);
    cell.set("source", lines(source));
    cells.add(cell);
  }

  /** nbformat's multiline string: a list of lines, each but the last ending in "\n". */
  static ArrayNode lines(String text) {
    ArrayNode a = F.arrayNode();
    String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    String[] parts = t.split("\n", -1);
    for (int i = 0; i < parts.length; i++) {
      a.add(i < parts.length - 1 ? parts[i] + "\n" : parts[i]);
    }
    return a;
  }

  // ---------------------------------------------------------------- Vega-Lite
  // Each spec here has its twin in setupSource(): the executed notebook must produce the same.

  static double r6(double x) {
    return Math.round(x * 1e6) / 1e6;
  }

  private static String name(TopicSummary t) {
    return "Sujet " + t.id() + " · " + t.label();
  }

  private static ObjectNode topicColors(List<TopicSummary> ts) {
    ObjectNode scale = F.objectNode();
    ArrayNode domain = scale.putArray("domain");
    ArrayNode range = scale.putArray("range");
    for (TopicSummary t : ts) {
      domain.add(name(t));
      range.add(Palette.hex(t.id()));
    }
    return scale;
  }

  static ObjectNode vegaPrevalence(List<TopicSummary> ts) {
    ObjectNode s = F.objectNode();
    s.put("$schema", SCHEMA);
    s.put("title", "Prévalence des sujets");
    s.put("width", 480);
    ArrayNode values = s.putObject("data").putArray("values");
    for (TopicSummary t : ts) {
      values.addObject().put("id", t.id()).put("sujet", name(t)).put("prevalence", r6(t.prevalence()));
    }
    s.put("mark", "bar");
    ObjectNode enc = s.putObject("encoding");
    enc.putObject("y").put("field", "sujet").put("type", "nominal").putNull("title")
        .putObject("sort").put("field", "id").put("op", "min");
    ObjectNode x = enc.putObject("x").put("field", "prevalence").put("type", "quantitative")
        .put("title", "part moyenne");
    x.putObject("axis").put("format", ".0%");
    ObjectNode color = enc.putObject("color").put("field", "sujet").put("type", "nominal");
    color.set("scale", topicColors(ts));
    color.putNull("legend");
    ArrayNode tip = enc.putArray("tooltip");
    tip.addObject().put("field", "sujet").put("type", "nominal");
    tip.addObject().put("field", "prevalence").put("type", "quantitative").put("format", ".1%");
    return s;
  }

  static ObjectNode vegaTopicWords(List<TopicSummary> all) {
    List<TopicSummary> ts = all.size() > TopicWordsChart.MAX_WORD_PANELS ? all.subList(0, TopicWordsChart.MAX_WORD_PANELS) : all;
    ObjectNode s = F.objectNode();
    s.put("$schema", SCHEMA);
    s.put("title", "Mots les plus probables de chaque sujet");
    ArrayNode values = s.putObject("data").putArray("values");
    for (TopicSummary t : ts) {
      int rank = 1;
      for (WeightedWord w : t.words()) {
        if (rank > TopicWordsChart.WORDS_PER_PANEL) {
          break;
        }
        values.addObject().put("id", t.id()).put("sujet", name(t)).put("mot", w.word())
            .put("poids", r6(w.weight())).put("rang", rank++);
      }
    }
    ObjectNode facet = s.putObject("facet").put("field", "sujet").put("type", "nominal").putNull("title");
    facet.putObject("sort").put("field", "id").put("op", "min");
    s.put("columns", 4);
    s.putObject("resolve").putObject("scale").put("y", "independent");
    ObjectNode spec = s.putObject("spec");
    spec.put("width", 150);
    spec.put("mark", "bar");
    ObjectNode enc = spec.putObject("encoding");
    enc.putObject("y").put("field", "mot").put("type", "nominal").putNull("title")
        .putObject("sort").put("field", "rang").put("op", "min");
    enc.putObject("x").put("field", "poids").put("type", "quantitative").put("title", "poids");
    ObjectNode color = enc.putObject("color").put("field", "sujet").put("type", "nominal");
    color.set("scale", topicColors(ts));
    color.putNull("legend");
    return s;
  }

  static ObjectNode vegaKeywords(List<Keyword> all) {
    List<Keyword> kw = all.size() > KeywordsChart.MAX_KEYWORDS ? all.subList(0, KeywordsChart.MAX_KEYWORDS) : all;
    ObjectNode s = F.objectNode();
    s.put("$schema", SCHEMA);
    s.put("title", "Mots-clés du corpus");
    s.put("width", 480);
    ArrayNode values = s.putObject("data").putArray("values");
    int rank = 1;
    for (Keyword k : kw) {
      values.addObject().put("rang", rank++).put("mot", k.word()).put("score", r6(k.score()));
    }
    s.put("mark", "bar");
    ObjectNode enc = s.putObject("encoding");
    enc.putObject("y").put("field", "mot").put("type", "nominal").putNull("title")
        .putObject("sort").put("field", "rang").put("op", "min");
    enc.putObject("x").put("field", "score").put("type", "quantitative").put("title", "score TF-IDF");
    enc.putObject("color").put("value", hex(Palette.NEUTRAL));
    ArrayNode tip = enc.putArray("tooltip");
    tip.addObject().put("field", "mot").put("type", "nominal");
    tip.addObject().put("field", "score").put("type", "quantitative").put("format", ".3f");
    return s;
  }

  private static String hex(java.awt.Color c) {
    return String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
  }

  private static String setupSource(List<TopicSummary> topics) {
    StringBuilder palette = new StringBuilder("PALETTE = {");
    for (int i = 0; i < topics.size(); i++) {
      if (i > 0) {
        palette.append(", ");
      }
      palette.append(topics.get(i).id()).append(": '").append(Palette.hex(topics.get(i).id())).append('\'');
    }
    palette.append('}');
    return """
        # Recalcule les sorties de ce rapport à partir des fichiers du run (dossier de ce notebook).
        import base64
        import json
        from pathlib import Path

        import pandas as pd
        from IPython.display import display

        RUN = Path('.')
        topics = json.loads((RUN / 'topics.json').read_text(encoding='utf-8'))['topics']
        keywords = json.loads((RUN / 'keywords.json').read_text(encoding='utf-8'))['corpus']
        run = json.loads((RUN / 'run.json').read_text(encoding='utf-8'))
        articles = pd.read_csv(RUN / 'articles.csv', keep_default_na=False)
        %s
        NEUTRAL = '%s'
        SCHEMA = '%s'
        MAX_WORD_PANELS, WORDS_PER_PANEL, MAX_KEYWORDS = %d, %d, %d


        def r6(x):
            return round(float(x), 6)


        def name(t):
            return f"Sujet {t['id']} · {t['label']}"


        def topic_colors(ts):
            return {'domain': [name(t) for t in ts], 'range': [PALETTE.get(t['id'], NEUTRAL) for t in ts]}


        def vl_prevalence(ts):
            df = pd.DataFrame([{'id': t['id'], 'sujet': name(t), 'prevalence': r6(t['prevalence'])} for t in ts])
            return {
                '$schema': SCHEMA, 'title': 'Prévalence des sujets', 'width': 480,
                'data': {'values': df.to_dict('records')}, 'mark': 'bar',
                'encoding': {
                    'y': {'field': 'sujet', 'type': 'nominal', 'title': None, 'sort': {'field': 'id', 'op': 'min'}},
                    'x': {'field': 'prevalence', 'type': 'quantitative', 'title': 'part moyenne', 'axis': {'format': '.0%%'}},
                    'color': {'field': 'sujet', 'type': 'nominal', 'scale': topic_colors(ts), 'legend': None},
                    'tooltip': [{'field': 'sujet', 'type': 'nominal'},
                                {'field': 'prevalence', 'type': 'quantitative', 'format': '.1%%'}],
                },
            }


        def vl_topic_words(ts):
            ts = ts[:MAX_WORD_PANELS]
            values = [{'id': t['id'], 'sujet': name(t), 'mot': w['word'], 'poids': r6(w['weight']), 'rang': i + 1}
                      for t in ts for i, w in enumerate(t['words'][:WORDS_PER_PANEL])]
            return {
                '$schema': SCHEMA, 'title': 'Mots les plus probables de chaque sujet',
                'data': {'values': values},
                'facet': {'field': 'sujet', 'type': 'nominal', 'title': None, 'sort': {'field': 'id', 'op': 'min'}},
                'columns': 4, 'resolve': {'scale': {'y': 'independent'}},
                'spec': {'width': 150, 'mark': 'bar', 'encoding': {
                    'y': {'field': 'mot', 'type': 'nominal', 'title': None, 'sort': {'field': 'rang', 'op': 'min'}},
                    'x': {'field': 'poids', 'type': 'quantitative', 'title': 'poids'},
                    'color': {'field': 'sujet', 'type': 'nominal', 'scale': topic_colors(ts), 'legend': None},
                }},
            }


        def vl_keywords(kw):
            df = pd.DataFrame(kw[:MAX_KEYWORDS])
            values = [{'rang': i + 1, 'mot': r['word'], 'score': r6(r['score'])} for i, r in enumerate(df.to_dict('records'))]
            return {
                '$schema': SCHEMA, 'title': 'Mots-clés du corpus', 'width': 480,
                'data': {'values': values}, 'mark': 'bar',
                'encoding': {
                    'y': {'field': 'mot', 'type': 'nominal', 'title': None, 'sort': {'field': 'rang', 'op': 'min'}},
                    'x': {'field': 'score', 'type': 'quantitative', 'title': 'score TF-IDF'},
                    'color': {'value': NEUTRAL},
                    'tooltip': [{'field': 'mot', 'type': 'nominal'},
                                {'field': 'score', 'type': 'quantitative', 'format': '.3f'}],
                },
            }


        def show_chart(chart, spec=None):
            png = (RUN / 'charts' / f'{chart}.png').read_bytes()
            bundle = {'image/png': base64.b64encode(png).decode('ascii'), 'text/plain': f'<graphique {chart}>'}
            if spec is not None:
                bundle['application/vnd.vegalite.v5+json'] = spec
            display(bundle, raw=True)"""
        .formatted(
            palette,
            hex(Palette.NEUTRAL),
            SCHEMA,
            TopicWordsChart.MAX_WORD_PANELS,
            TopicWordsChart.WORDS_PER_PANEL,
            KeywordsChart.MAX_KEYWORDS);
  }
}
