package org.sujets.topics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sujets.ingest.Columns;

/**
 * Per topic and per period (a month, a source), the words that characterise the topic in that
 * period, computed by Spark. Each article's term counts are weighted by its share of each topic
 * and summed over every period ({@link TopicWordTotals}), then per period, each period's articles
 * in one task ({@link PeriodWordRanking}); the words of a (topic, period) are ranked by
 * {@link WeightedLogOdds} against the topic over every period. A (topic, period) is kept when the
 * period holds at least {@link #MIN_TOPIC_MASS} articles' worth of the topic, a word when its
 * weighted count there is at least {@link #MIN_WORD_COUNT} and it is over-represented (z &gt; 0);
 * the {@link #TOP_WORDS} best words are kept. The table has at most k × periods × TOP_WORDS rows.
 * Month names are left out of the monthly table ({@link #MONTH_NAMES}).
 */
public final class TopicWordsByPeriod {
  /** Words kept per (topic, period). */
  public static final int TOP_WORDS = 10;
  /**
   * A period's topic mass (the topic's share summed over the period's articles) must reach this:
   * below ten articles' worth, the words are those of other topics' articles that lend the topic
   * a few percent, not the topic's.
   */
  public static final double MIN_TOPIC_MASS = 10;
  /** A word's share-weighted count in the (topic, period) must reach this: no one-off word. */
  public static final double MIN_WORD_COUNT = 2;

  /**
   * Month names, left out of the monthly table: every topic's articles name their own month (mars,
   * avril) far more than other months, so each would lead its month and say nothing of the topic.
   */
  public static final List<String> MONTH_NAMES = List.of("janvier", "février", "mars", "avril", "mai", "juin",
      "juillet", "août", "septembre", "octobre", "novembre", "décembre");

  /** Columns of the table. */
  public static final String TOPIC = "topic";
  public static final String PERIOD = "period";
  public static final String MASS = "topic_mass";
  public static final String RANK = "rank";
  public static final String WORD = "word";
  public static final String COUNT = "count";
  public static final String RATIO = "ratio";
  public static final String Z = "z";

  /** The tables' schema, as {@link #tables} describes it. */
  private static final StructType TABLE = new StructType()
      .add(TOPIC, DataTypes.IntegerType, false)
      .add(PERIOD, DataTypes.StringType, false)
      .add(MASS, DataTypes.DoubleType, false)
      .add(RANK, DataTypes.IntegerType, false)
      .add(WORD, DataTypes.StringType, false)
      .add(COUNT, DataTypes.DoubleType, false)
      .add(RATIO, DataTypes.DoubleType, false)
      .add(Z, DataTypes.DoubleType, false);

  private TopicWordsByPeriod() {}

  /** One period per calendar month ("yyyy-MM") of the articles' dates; month names left out. */
  public static Dataset<Row> byMonth(Dataset<Row> assigned, String tfCol, int k, Broadcast<String[]> readable) {
    return tables(assigned, List.of(months()), tfCol, k, readable).get(0);
  }

  /** One period per non-null value of {@code column} (source, section). */
  public static Dataset<Row> byColumn(Dataset<Row> assigned, String column, String tfCol, int k,
      Broadcast<String[]> readable) {
    return tables(assigned, List.of(values(column)), tfCol, k, readable).get(0);
  }

  /**
   * {@link #byMonth} and {@link #byColumn}, in that order, with the totals of both computed in
   * one pass over the articles instead of one each.
   */
  public static List<Dataset<Row>> byMonthAndColumn(Dataset<Row> assigned, String column, String tfCol, int k,
      Broadcast<String[]> readable) {
    return tables(assigned, List.of(months(), values(column)), tfCol, k, readable);
  }

  /**
   * A way to cut the articles into periods.
   *
   * @param has whether an article has a period
   * @param key its period
   * @param leftOut readable words never listed (they still count in the totals)
   */
  private record Cut(Column has, Column key, List<String> leftOut) {}

  private static Cut months() {
    return new Cut(TopicAggregates.hasMonth(), TopicAggregates.month(), MONTH_NAMES);
  }

  private static Cut values(String column) {
    return new Cut(col(column).isNotNull(), col(column), List.of());
  }

  /**
   * The ranked table of each cut, distributed, nothing collected: {@link #TOPIC} (id),
   * {@link #PERIOD}, {@link #MASS}, {@link #RANK} (1 = most characteristic), {@link #WORD},
   * {@link #COUNT} (the word's share-weighted count in the topic and period), {@link #RATIO}
   * (p(w|t,period) / p(w|t)), {@link #Z} (the ranking score). The cuts' totals come from one pass.
   *
   * @param assigned articles with {@link TopicAssignments#SHARES} in display order and term counts
   * @param readable the word shown for each vocabulary index
   */
  private static List<Dataset<Row>> tables(Dataset<Row> assigned, List<Cut> cuts, String tfCol, int k,
      Broadcast<String[]> readable) {
    Dataset<Row> modelled = assigned.filter(col(TopicAssignments.DOMINANT).isNotNull());
    List<Column> totalsInput = new ArrayList<>(List.of(col(TopicAssignments.SHARES), col(tfCol)));
    for (Cut cut : cuts) {
      totalsInput.add(coalesce(cut.has(), lit(false))); // a null date matches no month
    }
    List<TopicWordTotals> totals = TopicWordTotals.of(modelled.select(totalsInput.toArray(new Column[0])),
        cuts.size(), k, readable.value().length);
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(assigned.sparkSession().sparkContext());
    List<Dataset<Row>> tables = new ArrayList<>();
    for (int i = 0; i < cuts.size(); i++) {
      Cut cut = cuts.get(i);
      Dataset<Row> articles = modelled.filter(cut.has())
          .select(cut.key().as(PERIOD), col(Columns.ID), col(TopicAssignments.SHARES), col(tfCol));
      // Not destroyed: the caller may cache the table, and a lost cached block is recomputed.
      Broadcast<TopicWordTotals> shared = sc.broadcast(totals.get(i));
      // Each period's articles in one task, in id order: the sums are the same bits in every run.
      tables.add(articles.repartition(sc.defaultParallelism(), col(PERIOD))
          .sortWithinPartitions(col(PERIOD), col(Columns.ID))
          .mapPartitions(new PeriodWordRanking(shared, readable, Set.copyOf(cut.leftOut())), Encoders.row(TABLE)));
    }
    return tables;
  }

  /**
   * The first {@code topics} topics' first {@code words} words in each of their periods, by topic
   * then period. WARNING: collects up to topics × periods × words rows to the driver.
   */
  public static List<TopicPeriodWords> collect(Dataset<Row> table, int topics, int words) {
    List<TopicPeriodWords> out = new ArrayList<>();
    List<String> current = null;
    for (Row row : table.filter(col(TOPIC).leq(topics).and(col(RANK).leq(words)))
        .orderBy(col(TOPIC), col(PERIOD), col(RANK)).select(TOPIC, PERIOD, MASS, WORD).collectAsList()) {
      TopicPeriodWords last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last == null || last.topic() != row.getInt(0) || !last.period().equals(row.getString(1))) {
        current = new ArrayList<>();
        out.add(new TopicPeriodWords(row.getInt(0), row.getString(1), row.getDouble(2), current));
      }
      current.add(row.getString(3));
    }
    return out;
  }
}
