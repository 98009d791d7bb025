package org.sujets.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The ranking of {@link TopicWordsByPeriod} for the periods of one task: its articles arrive
 * grouped by period, each period is summed in a {@link PeriodWordCounts}, then its (topic, word)
 * rows are scored against the topics over every period ({@link TopicWordTotals}) and the best kept.
 * Plain arrays instead of a Spark aggregation over one row per (article, term): the weighted counts
 * are k multiply-adds per article term.
 */
final class PeriodWordRanking implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** A scored (topic, period, term). */
  private record Scored(int term, String word, double count, double z) {}

  private final Broadcast<TopicWordTotals> totals;
  private final Broadcast<String[]> readable;
  private final Set<String> leftOut;

  /**
   * @param totals the topics' weighted counts over every period
   * @param readable the word shown for each vocabulary index
   * @param leftOut readable words never listed (they still count in the totals)
   */
  PeriodWordRanking(Broadcast<TopicWordTotals> totals, Broadcast<String[]> readable, Set<String> leftOut) {
    this.totals = totals;
    this.readable = readable;
    this.leftOut = leftOut;
  }

  /** @param articles rows of (period, id, shares, tf), grouped by period */
  @Override
  public Iterator<Row> call(Iterator<Row> articles) {
    List<Row> out = new ArrayList<>();
    if (!articles.hasNext()) {
      return out.iterator();
    }
    TopicWordTotals all = totals.value();
    String[] words = readable.value();
    PeriodWordCounts period = new PeriodWordCounts(all.k(), words.length);
    String current = null;
    while (articles.hasNext()) {
      Row article = articles.next();
      String name = article.getString(0);
      if (current != null && !current.equals(name)) {
        rank(current, period, all, words, out);
        period.clear();
      }
      current = name;
      period.add(article.getList(2), article.isNullAt(3) ? null : (Vector) article.get(3));
    }
    rank(current, period, all, words, out);
    return out.iterator();
  }

  /** Adds the table's rows of one period, topic by topic. */
  private void rank(String name, PeriodWordCounts period, TopicWordTotals all, String[] words, List<Row> out) {
    int[] terms = period.terms();
    for (int t = 0; t < all.k(); t++) {
      double mass = period.mass(t);
      if (mass < TopicWordsByPeriod.MIN_TOPIC_MASS) {
        continue;
      }
      List<Scored> best = best(scored(period, t, terms, all, words));
      for (int rank = 1; rank <= best.size(); rank++) {
        Scored s = best.get(rank - 1);
        double overall = all.count(s.term(), t);
        double ratio = s.count() / period.wordTotal(t) / (overall / all.totals()[t]);
        out.add(RowFactory.create(t + 1, name, mass, rank, s.word(), s.count(), ratio, s.z()));
      }
    }
  }

  /** The topic's words in the period that are frequent enough and over-represented (z &gt; 0). */
  private List<Scored> scored(PeriodWordCounts period, int t, int[] terms, TopicWordTotals all, String[] words) {
    List<Scored> scored = new ArrayList<>();
    double periodTotal = period.wordTotal(t);
    double topicTotal = all.totals()[t];
    for (int term : terms) {
      double count = period.count(term, t);
      double overall = all.count(term, t);
      if (count < TopicWordsByPeriod.MIN_WORD_COUNT || !(overall < topicTotal)) {
        continue;
      }
      double z = WeightedLogOdds.z(count, periodTotal, overall, topicTotal);
      if (z > 0 && !leftOut.contains(words[term])) {
        scored.add(new Scored(term, words[term], count, z));
      }
    }
    return scored;
  }

  /**
   * The best term per readable word (two stems may show the same word), then the
   * {@link TopicWordsByPeriod#TOP_WORDS} best, by z then term.
   */
  private static List<Scored> best(List<Scored> scored) {
    Comparator<Scored> order = Comparator.comparingDouble(Scored::z).reversed().thenComparingInt(Scored::term);
    Map<String, Scored> byWord = new HashMap<>();
    for (Scored s : scored) {
      byWord.merge(s.word(), s, (a, b) -> order.compare(a, b) <= 0 ? a : b);
    }
    List<Scored> kept = new ArrayList<>(byWord.values());
    kept.sort(order);
    return kept.subList(0, Math.min(TopicWordsByPeriod.TOP_WORDS, kept.size()));
  }
}
