package org.sujets.job;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sujets.ingest.Columns;
import org.sujets.topics.TopicAggregates;
import org.sujets.topics.TopicShareSeries;

/**
 * The topics' mean shares by month, by source and by section ({@link TopicAggregates}), each
 * aggregated once and cached in its final order, in one partition: a row per month or group with k
 * shares. {@link TopicTables} writes them; topics.json's emerging flags and the charts read them
 * again, without a further pass over the articles.
 */
final class ShareTables {
  /** Groups with the most articles first, then by name. */
  private static final Column[] LARGEST_FIRST = {col("n").desc(), col("key")};

  private final int k;
  private final Dataset<Row> byMonth;
  private final Dataset<Row> bySource;
  private final Dataset<Row> bySection;

  private ShareTables(int k, Dataset<Row> byMonth, Dataset<Row> bySource, Dataset<Row> bySection) {
    this.k = k;
    this.byMonth = byMonth;
    this.bySource = bySource;
    this.bySection = bySection;
  }

  /** Declares the three tables (computed by the first action on each). */
  static ShareTables of(Dataset<Row> assigned, int k, Persisted persisted) {
    return new ShareTables(k,
        cached(persisted, TopicAggregates.monthTable(assigned, k), col("key")),
        cached(persisted, TopicAggregates.columnTable(assigned, Columns.SOURCE, k), LARGEST_FIRST),
        cached(persisted, TopicAggregates.columnTable(assigned, Columns.SECTION, k), LARGEST_FIRST));
  }

  /**
   * One partition, sorted there: the order is kept for the CSV and the charts. Not {@code
   * orderBy}, whose range partitioning runs a job that samples the table, only for its partitions
   * to be put together again.
   */
  private static Dataset<Row> cached(Persisted persisted, Dataset<Row> table, Column... order) {
    return persisted.keep(table.repartition(1).sortWithinPartitions(order));
  }

  int k() {
    return k;
  }

  /** {@code key} ("yyyy-MM"), {@code n}, {@code t0}.. in month order. */
  Dataset<Row> byMonth() {
    return byMonth;
  }

  /** {@code key} (the source), {@code n}, {@code t0}.., the largest sources first. */
  Dataset<Row> bySource() {
    return bySource;
  }

  /** As {@link #bySource}, by section. */
  Dataset<Row> bySection() {
    return bySection;
  }

  /** Every month's shares, in date order; empty without dates. WARNING: collects one row per month. */
  List<TopicShareSeries> months() {
    return TopicAggregates.series(byMonth, k, Integer.MAX_VALUE);
  }

  /** The {@code limit} largest sources' shares. */
  List<TopicShareSeries> sources(int limit) {
    return TopicAggregates.series(bySource, k, limit);
  }

  /** The {@code limit} largest sections' shares. */
  List<TopicShareSeries> sections(int limit) {
    return TopicAggregates.series(bySection, k, limit);
  }
}
