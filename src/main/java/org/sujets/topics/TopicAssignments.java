package org.sujets.topics;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.functions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.sujets.ingest.Columns;

/** Per-article topic columns and the aggregates computed from them, all with Spark. */
public final class TopicAssignments {
  /** Topic shares of an article, array&lt;double&gt;, index = rank (topic id − 1). */
  public static final String SHARES = "topic_shares";
  /** 1-based id of the article's largest topic; null when the article has no vocabulary term. */
  public static final String DOMINANT = "dominant_topic";
  /** Share of the dominant topic. */
  public static final String DOMINANT_SHARE = "dominant_share";

  /**
   * An article represents a topic only if the topic holds at least this share of it: on a small
   * corpus the top-N by share would otherwise list articles that barely touch the topic.
   */
  public static final double MIN_REPRESENTATIVE_SHARE = 0.05;

  private TopicAssignments() {}

  /**
   * Mean topic distribution over the articles, by model index. Aggregated by Spark in partition
   * order ({@link VectorMean}: the same bits in every run); only k sums per partition reach the
   * driver.
   */
  public static double[] prevalence(Dataset<Row> modelled, String distributionCol) {
    return VectorMean.of(modelled, distributionCol);
  }

  /**
   * Adds {@link #SHARES}, {@link #DOMINANT} and {@link #DOMINANT_SHARE}, the shares reordered so
   * that index i is the topic shown as id i+1.
   */
  public static Dataset<Row> withShares(Dataset<Row> transformed, String distributionCol, int[] order) {
    Column raw = functions.vector_to_array(col(distributionCol), "float64");
    Column[] byRank = new Column[order.length];
    for (int rank = 0; rank < order.length; rank++) {
      byRank[rank] = raw.getItem(order[rank]);
    }
    Dataset<Row> withShares = transformed.withColumn(SHARES, array(byRank));
    Column max = array_max(col(SHARES));
    return withShares
        .withColumn(DOMINANT, when(max.gt(0), array_position(col(SHARES), max).cast("int")))
        .withColumn(DOMINANT_SHARE, when(max.gt(0), max));
  }

  /**
   * The {@code perTopic} articles with the highest share of each topic (ties by id), among those
   * where the topic has at least {@link #MIN_REPRESENTATIVE_SHARE}. WARNING:
   * collects k × perTopic rows to the driver.
   *
   * @return one list per rank
   */
  public static List<List<ArticleShare>> representatives(Dataset<Row> withShares, int k, int perTopic) {
    List<List<ArticleShare>> byRank = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      byRank.add(new ArrayList<>());
    }
    if (perTopic == 0) {
      return byRank;
    }
    Dataset<Row> exploded =
        withShares
            .filter(col(DOMINANT).isNotNull())
            .select(col(Columns.ID), col(Columns.TITLE), posexplode(col(SHARES)).as(new String[] {"rank", "share"}));
    Dataset<Row> top =
        exploded
            .withColumn(
                "n",
                row_number().over(Window.partitionBy("rank").orderBy(col("share").desc(), col(Columns.ID))))
            .filter(col("n").leq(lit(perTopic)).and(col("share").geq(lit(MIN_REPRESENTATIVE_SHARE))))
            .orderBy("rank", "n");
    for (Row row : top.collectAsList()) {
      int rank = row.getInt(row.fieldIndex("rank"));
      byRank.get(rank)
          .add(new ArticleShare(
              row.getString(row.fieldIndex(Columns.ID)),
              row.getString(row.fieldIndex(Columns.TITLE)),
              row.getDouble(row.fieldIndex("share"))));
    }
    return byRank;
  }
}
