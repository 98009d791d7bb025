package org.sujets.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Per topic and per period (a month, a source), the words that characterise the topic in that
 * period, computed by Spark. Each article's term counts are weighted by its share of each topic
 * and summed per (period, term); the words of a (topic, period) are then ranked by
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

  private static final StructType ENTRY = new StructType()
      .add("term", DataTypes.IntegerType, false)
      .add("count", DataTypes.DoubleType, false);

  private TopicWordsByPeriod() {}

  /** One period per calendar month ("yyyy-MM") of the articles' dates; month names left out. */
  public static Dataset<Row> byMonth(Dataset<Row> assigned, String tfCol, int k, Broadcast<String[]> readable) {
    return table(assigned.filter(TopicAggregates.hasMonth()), TopicAggregates.month(), tfCol, k, readable,
        MONTH_NAMES);
  }

  /** One period per non-null value of {@code column} (source, section). */
  public static Dataset<Row> byColumn(Dataset<Row> assigned, String column, String tfCol, int k,
      Broadcast<String[]> readable) {
    return table(assigned.filter(col(column).isNotNull()), col(column), tfCol, k, readable, List.of());
  }

  /**
   * The ranked table, distributed, nothing collected: {@link #TOPIC} (id), {@link #PERIOD},
   * {@link #MASS}, {@link #RANK} (1 = most characteristic), {@link #WORD}, {@link #COUNT} (the
   * word's share-weighted count in the topic and period), {@link #RATIO} (p(w|t,period) /
   * p(w|t)), {@link #Z} (the ranking score).
   *
   * @param assigned articles with {@link TopicAssignments#SHARES} in display order and term counts
   * @param readable the word shown for each vocabulary index
   * @param leftOut readable words never listed (they still count in the totals)
   */
  static Dataset<Row> table(Dataset<Row> assigned, Column period, String tfCol, int k, Broadcast<String[]> readable,
      List<String> leftOut) {
    UDF1<Vector, List<Row>> entries = TopicWordsByPeriod::entries;
    Dataset<Row> articles = assigned.filter(col(TopicAssignments.DOMINANT).isNotNull())
        .select(period.as(PERIOD), col(TopicAssignments.SHARES).as("shares"),
            udf(entries, DataTypes.createArrayType(ENTRY, false)).apply(col(tfCol)).as("entries"))
        .withColumn("length", expr("aggregate(entries.count, 0D, (total, c) -> total + c)"));
    Dataset<Row> wide = weightedCounts(articles, k);
    Column[] sums = sums("w", k);
    Dataset<Row> overall = unpivot(wide.groupBy("term").agg(sums[0], tail(sums)), "term", k, "w", "overall");
    Dataset<Row> counts = unpivot(wide, PERIOD + ", term", k, "w", COUNT).filter(col(COUNT).geq(MIN_WORD_COUNT));
    Dataset<Row> massive = periods(articles, k).filter(col(MASS).geq(MIN_TOPIC_MASS));
    Dataset<Row> scored = counts.join(massive, new String[] {PERIOD, TOPIC})
        .join(overall, new String[] {TOPIC, "term"})
        .filter(col("overall").lt(col("topic_total")))
        .withColumn(Z, WeightedLogOdds.z(col(COUNT), col("period_total"), col("overall"), col("topic_total")))
        .filter(col(Z).gt(0))
        .withColumn(RATIO, col(COUNT).divide(col("period_total")).divide(col("overall").divide(col("topic_total"))))
        .withColumn(WORD, udf((UDF1<Integer, String>) term -> readable.value()[term], DataTypes.StringType)
            .apply(col("term")));
    return best(leftOut.isEmpty() ? scored : scored.filter(not(col(WORD).isin(leftOut.toArray()))));
  }

  /** The best term per readable word (two stems may show the same word), then the top words. */
  private static Dataset<Row> best(Dataset<Row> scored) {
    WindowSpec sameWord = Window.partitionBy(TOPIC, PERIOD, WORD).orderBy(col(Z).desc(), col("term"));
    WindowSpec byScore = Window.partitionBy(TOPIC, PERIOD).orderBy(col(Z).desc(), col("term"));
    return scored.withColumn("of_word", row_number().over(sameWord)).filter(col("of_word").equalTo(1))
        .withColumn(RANK, row_number().over(byScore)).filter(col(RANK).leq(TOP_WORDS))
        .select(col(TOPIC), col(PERIOD), col(MASS), col(RANK), col(WORD), col(COUNT), col(RATIO), col(Z));
  }

  /** (period, term, w0..w(k-1)): each term's counts weighted by the articles' topic shares. */
  private static Dataset<Row> weightedCounts(Dataset<Row> articles, int k) {
    Dataset<Row> terms = articles.select(col(PERIOD), col("shares"), explode(col("entries")).as("e"));
    List<Column> weighted = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      weighted.add(sum(col("e.count").multiply(col("shares").getItem(i))).as("w" + i));
    }
    return terms.groupBy(col(PERIOD), col("e.term").as("term")).agg(weighted.get(0), tail(weighted));
  }

  /**
   * (period, topic, topic_mass, period_total, topic_total): the topic's share summed over the
   * period's articles, the weighted count of all its words in the period, and over every period.
   */
  private static Dataset<Row> periods(Dataset<Row> articles, int k) {
    List<Column> sums = new ArrayList<>();
    StringBuilder stack = new StringBuilder("stack(" + k);
    for (int i = 0; i < k; i++) {
      sums.add(sum(col("shares").getItem(i)).as("m" + i));
      sums.add(sum(col("shares").getItem(i).multiply(col("length"))).as("n" + i));
      stack.append(", ").append(i + 1).append(", m").append(i).append(", n").append(i);
    }
    stack.append(") as (" + TOPIC + ", " + MASS + ", period_total)");
    return articles.groupBy(PERIOD).agg(sums.get(0), tail(sums))
        .selectExpr(PERIOD, stack.toString())
        .withColumn("topic_total", sum("period_total").over(Window.partitionBy(TOPIC)));
  }

  /** (ids..., topic, value) from (ids..., prefix0..prefix(k-1)); topic ids are 1-based. */
  private static Dataset<Row> unpivot(Dataset<Row> wide, String ids, int k, String prefix, String value) {
    StringBuilder stack = new StringBuilder("stack(" + k);
    for (int i = 0; i < k; i++) {
      stack.append(", ").append(i + 1).append(", ").append(prefix).append(i);
    }
    stack.append(") as (" + TOPIC + ", " + value + ")");
    List<String> columns = new ArrayList<>(List.of(ids.split(",\\s*")));
    columns.add(stack.toString());
    return wide.selectExpr(columns.toArray(new String[0]));
  }

  private static Column[] sums(String prefix, int k) {
    Column[] sums = new Column[k];
    for (int i = 0; i < k; i++) {
      sums[i] = sum(col(prefix + i)).as(prefix + i);
    }
    return sums;
  }

  private static Column[] tail(Column[] columns) {
    return java.util.Arrays.copyOfRange(columns, 1, columns.length);
  }

  private static Column[] tail(List<Column> columns) {
    return columns.subList(1, columns.size()).toArray(new Column[0]);
  }

  /** The article's vocabulary terms and their counts, its nonzero entries only. */
  private static List<Row> entries(Vector tf) {
    List<Row> rows = new ArrayList<>();
    if (tf != null) {
      SparseVector sparse = tf.toSparse();
      for (int i = 0; i < sparse.indices().length; i++) {
        if (sparse.values()[i] > 0) {
          rows.add(RowFactory.create(sparse.indices()[i], sparse.values()[i]));
        }
      }
    }
    return rows;
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
