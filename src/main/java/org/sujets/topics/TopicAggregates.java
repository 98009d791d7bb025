package org.sujets.topics;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sujets.ingest.Columns;

/**
 * Topic shares summed up over groups of articles, computed by Spark. Each method returns at most
 * k values per group and a bounded number of groups.
 */
public final class TopicAggregates {
  private TopicAggregates() {}

  /** Articles per dominant topic; index i is topic id i+1. */
  public static long[] dominantCounts(Dataset<Row> assigned, int k) {
    long[] counts = new long[k];
    for (Row row : assigned.filter(col(TopicAssignments.DOMINANT).isNotNull())
        .groupBy(TopicAssignments.DOMINANT).count().collectAsList()) {
      counts[row.getInt(0) - 1] = row.getLong(1);
    }
    return counts;
  }

  /**
   * One row per calendar month: {@code key} ("yyyy-MM"), {@code n} (articles), {@code t0}..
   * {@code t(k-1)} (mean share of each topic rank). Distributed, nothing collected.
   */
  public static Dataset<Row> monthTable(Dataset<Row> assigned, int k) {
    return sharesTable(assigned.filter(hasMonth()), month(), k);
  }

  /** The article's calendar month, "yyyy-MM", for the articles {@link #hasMonth()} keeps. */
  public static Column month() {
    return col(Columns.DATE).substr(1, 7);
  }

  /** Whether the article's date starts with a year and a month. */
  public static Column hasMonth() {
    return col(Columns.DATE).rlike("^\\d{4}-\\d{2}");
  }

  /** Like {@link #monthTable}, one row per non-null value of {@code column}. */
  public static Dataset<Row> columnTable(Dataset<Row> assigned, String column, int k) {
    return sharesTable(assigned.filter(col(column).isNotNull()), col(column), k);
  }

  /**
   * Every article's shares, when there are at most {@code cap} articles; otherwise empty.
   * WARNING: collects up to {@code cap} rows to the driver.
   */
  public static List<ArticleTopics> smallCorpusMatrix(Dataset<Row> assigned, long articles, int cap) {
    List<ArticleTopics> rows = new ArrayList<>();
    if (articles > cap) {
      return rows;
    }
    for (Row row : assigned.filter(col(TopicAssignments.DOMINANT).isNotNull())
        .orderBy(Columns.ID).limit(cap)
        .select(Columns.ID, Columns.TITLE, TopicAssignments.SHARES).collectAsList()) {
      List<Double> shares = row.getList(2);
      rows.add(new ArticleTopics(row.getString(0), row.getString(1),
          shares.stream().mapToDouble(Double::doubleValue).toArray()));
    }
    return rows;
  }

  private static Dataset<Row> sharesTable(Dataset<Row> assigned, Column key, int k) {
    List<Column> aggregates = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      aggregates.add(avg(col(TopicAssignments.SHARES).getItem(i)).as("t" + i));
    }
    return assigned.filter(col(TopicAssignments.DOMINANT).isNotNull())
        .groupBy(key.as("key"))
        .agg(count(lit(1)).as("n"), aggregates.toArray(new Column[0]));
  }

  /**
   * The first {@code limit} rows of a table of {@link #monthTable}'s or {@link #columnTable}'s
   * layout, in its order. WARNING: collects up to {@code limit} rows to the driver.
   */
  public static List<TopicShareSeries> series(Dataset<Row> grouped, int k, int limit) {
    List<TopicShareSeries> series = new ArrayList<>();
    for (Row row : grouped.limit(limit).collectAsList()) {
      double[] shares = new double[k];
      for (int i = 0; i < k; i++) {
        shares[i] = row.getDouble(2 + i);
      }
      series.add(new TopicShareSeries(row.getString(0), row.getLong(1), shares));
    }
    return series;
  }
}
