package org.sujets.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sujets.topics.TopicSummary;
import org.sujets.topics.WeightedWord;

/**
 * The Vega-Lite specs that ride along some charts' PNG in the notebook, so that JupyterLab shows
 * them interactive. Each Java spec here has its Python twin in {@link #PYTHON}, which the
 * notebook's setup cell defines: executed, the notebook must produce the same specs again.
 */
final class VegaLiteSpecs {
  static final String MIME_TYPE = "application/vnd.vegalite.v5+json";
  static final String SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private VegaLiteSpecs() {}

  /** The spec of chart {@code chart}, or null when that chart has none. */
  static ObjectNode spec(String chart, ReportData data) {
    return switch (chart) {
      case "topic-prevalence" -> prevalence(data.topics());
      case "topic-words" -> topicWords(data.topics());
      case "keywords" -> keywords(data.corpusKeywords());
      default -> null;
    };
  }

  /** The Python that shows chart {@code chart} again in the executed notebook, spec included. */
  static String pythonCall(String chart) {
    return switch (chart) {
      case "topic-prevalence" -> "show_chart('topic-prevalence', vl_prevalence(topics))";
      case "topic-words" -> "show_chart('topic-words', vl_topic_words(topics))";
      case "keywords" -> "show_chart('keywords', vl_keywords(keywords))";
      default -> "show_chart('" + chart + "')";
    };
  }

  /** Six decimals: enough for a chart, and Java and Python print them alike. */
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

  static ObjectNode prevalence(List<TopicSummary> ts) {
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

  static ObjectNode topicWords(List<TopicSummary> all) {
    int max = TopicWordsChart.MAX_WORD_PANELS;
    List<TopicSummary> ts = all.size() > max ? all.subList(0, max) : all;
    ObjectNode s = F.objectNode();
    s.put("$schema", SCHEMA);
    s.put("title", "Mots caractéristiques de chaque sujet");
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

  static ObjectNode keywords(List<Keyword> all) {
    int max = KeywordsChart.MAX_KEYWORDS;
    List<Keyword> kw = all.size() > max ? all.subList(0, max) : all;
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

  static String hex(java.awt.Color c) {
    return String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
  }

  /**
   * The Python twins of the specs above (and of their helpers), as the setup cell defines them.
   * They read PALETTE, NEUTRAL, SCHEMA and the MAX_* caps, which the setup cell sets first.
   */
  static final String PYTHON =
      """
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
                  'x': {'field': 'prevalence', 'type': 'quantitative', 'title': 'part moyenne', 'axis': {'format': '.0%'}},
                  'color': {'field': 'sujet', 'type': 'nominal', 'scale': topic_colors(ts), 'legend': None},
                  'tooltip': [{'field': 'sujet', 'type': 'nominal'},
                              {'field': 'prevalence', 'type': 'quantitative', 'format': '.1%'}],
              },
          }


      def vl_topic_words(ts):
          ts = ts[:MAX_WORD_PANELS]
          values = [{'id': t['id'], 'sujet': name(t), 'mot': w['word'], 'poids': r6(w['weight']), 'rang': i + 1}
                    for t in ts for i, w in enumerate(t['words'][:WORDS_PER_PANEL])]
          return {
              '$schema': SCHEMA, 'title': 'Mots caractéristiques de chaque sujet',
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
          }""";
}
