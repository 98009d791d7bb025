package org.sujets.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.sujets.topics.ArticleShare;
import org.sujets.topics.EmergingTopics;
import org.sujets.topics.RelevanceWords;
import org.sujets.topics.TopicPeriodWords;
import org.sujets.topics.TopicShareSeries;
import org.sujets.topics.TopicSummary;

/**
 * The HTML page's data, one JSON document its script reads: per topic its place on the map, its
 * articles, its monthly share and words by month; the relevance words (each topic's words at
 * every λ of the slider, with p(w|t) in every topic and p(w), which the search box scores too).
 * Bounded by k × (11 × 20 words + top articles + months); probabilities keep 4 significant digits.
 */
final class ReportPageData {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final MathContext DIGITS = new MathContext(4);

  private ReportPageData() {}

  static String json(ReportData data) {
    ObjectNode root = MAPPER.createObjectNode();
    RelevanceWords rel = data.relevance();
    root.put("lambda", rel.lambda());
    root.put("tokens", data.counts() == null ? 0 : data.counts().tokens());
    ObjectNode rule = root.putObject("emergingRule");
    rule.put("minRatio", EmergingTopics.MIN_RATIO);
    rule.put("trailingMonths", EmergingTopics.TRAILING_MONTHS);
    rule.put("minLastShare", EmergingTopics.MIN_LAST_SHARE);
    topics(root.putArray("topics"), data);
    ArrayNode words = root.putArray("words");
    rel.words().forEach(words::add);
    numbers(root.putArray("pw"), rel.corpus());
    ArrayNode pwt = root.putArray("pwt");
    for (double[] row : rel.byTopic()) {
      numbers(pwt.addArray(), row);
    }
    months(root.putObject("months"), data.byMonth());
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void topics(ArrayNode out, ReportData data) {
    List<TopicSummary> topics = data.topics();
    double[][] xy = TopicMapChart.coordinates(data);
    double[] baseline = EmergingTopics.baseline(data.byMonth(), data.maxTopicId());
    int[][] candidates = data.relevance().candidates();
    for (int i = 0; i < topics.size(); i++) {
      TopicSummary t = topics.get(i);
      int rank = t.id() - 1;
      ObjectNode o = out.addObject();
      o.put("id", t.id());
      o.put("label", t.label());
      o.put("color", Palette.hex(t.id()));
      o.put("prevalence", round(t.prevalence()));
      o.put("emerging", t.emerging());
      if (baseline != null) {
        o.put("baseline", round(baseline[rank]));
      }
      if (xy != null) {
        o.put("x", round(xy[rank][0]));
        o.put("y", round(xy[rank][1]));
      }
      ArrayNode w = o.putArray("words");
      if (rank < candidates.length) {
        for (int c : candidates[rank]) {
          w.add(c);
        }
      }
      ArrayNode top = o.putArray("topWords");
      t.words().forEach(x -> top.add(x.word()));
      ArrayNode arts = o.putArray("articles");
      for (ArticleShare a : t.articles()) {
        arts.addObject().put("id", a.id()).put("title", a.title())
            .put("date", data.articleDates().getOrDefault(a.id(), "")).put("share", round(a.share()));
      }
      ArrayNode byMonth = o.putArray("monthWords");
      for (TopicPeriodWords p : data.wordsByMonth()) {
        if (p.topic() == t.id()) {
          ArrayNode pw = byMonth.addObject().put("month", p.period()).putArray("words");
          p.words().forEach(pw::add);
        }
      }
    }
  }

  /** keys and article counts per month; shares[rank][month]. */
  private static void months(ObjectNode out, List<TopicShareSeries> months) {
    ArrayNode keys = out.putArray("keys");
    ArrayNode counts = out.putArray("articles");
    ArrayNode shares = out.putArray("shares");
    int k = months.isEmpty() ? 0 : months.get(0).shares().length;
    for (int t = 0; t < k; t++) {
      ArrayNode series = shares.addArray();
      for (TopicShareSeries m : months) {
        series.add(round(m.shares()[t]));
      }
    }
    for (TopicShareSeries m : months) {
      keys.add(m.key());
      counts.add(m.articles());
    }
  }

  private static void numbers(ArrayNode out, double[] values) {
    for (double v : values) {
      out.add(round(v));
    }
  }

  private static double round(double v) {
    return Double.isFinite(v) ? new BigDecimal(v).round(DIGITS).doubleValue() : 0;
  }
}
