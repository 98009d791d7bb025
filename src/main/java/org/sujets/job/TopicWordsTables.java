package org.sujets.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.format_string;

import java.io.IOException;
import java.util.List;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sujets.features.TextColumns;
import org.sujets.ingest.Columns;
import org.sujets.storage.Folder;
import org.sujets.storage.SingleCsv;
import org.sujets.topics.TopicPeriodWords;
import org.sujets.topics.TopicWordsByPeriod;

/**
 * Topic words over time and by source, one CSV each, written by Spark: {@code
 * topic_words_by_month.csv} and {@code topic_words_by_source.csv}, one row per (topic, period,
 * word) as {@link TopicWordsByPeriod} ranks them. A file is written only when some article has a
 * month (a source); it holds only its header when no topic reaches the mass threshold.
 */
final class TopicWordsTables {
  static final String BY_MONTH = "topic_words_by_month.csv";
  static final String BY_SOURCE = "topic_words_by_source.csv";
  /** Topics (the most prevalent) and words per month the report's chart receives. */
  static final int CHART_TOPICS = 10;
  static final int CHART_WORDS = 6;
  /** The period and topic mass as computed, which the rows are sorted by, left out of the file. */
  private static final String SORT_PERIOD = "_sort_period";
  private static final String SORT_MASS = "_sort_mass";

  private TopicWordsTables() {}

  /**
   * Writes the tables that apply and returns the chart's words by month (empty without months).
   * WARNING: collects up to {@link #CHART_TOPICS} × months × {@link #CHART_WORDS} rows.
   *
   * @param hasMonths whether some article has a month (the monthly shares are not empty)
   * @param hasSources whether some article has a source
   */
  static List<TopicPeriodWords> write(Dataset<Row> assigned, String[] readable, int k, boolean hasMonths,
      boolean hasSources, Folder out, Persisted persisted) throws IOException {
    if (!hasMonths && !hasSources) {
      return List.of();
    }
    Broadcast<String[]> words = assigned.sparkSession().sparkContext()
        .broadcast(readable, scala.reflect.ClassTag$.MODULE$.apply(String[].class));
    try {
      // Both tables' totals in one pass over the articles when both are written.
      List<Dataset<Row>> both = hasSources && hasMonths
          ? TopicWordsByPeriod.byMonthAndColumn(assigned, Columns.SOURCE, TextColumns.TF, k, words)
          : null;
      if (hasSources) {
        Dataset<Row> bySource = both != null ? both.get(1)
            : TopicWordsByPeriod.byColumn(assigned, Columns.SOURCE, TextColumns.TF, k, words);
        // Within a topic, its largest sources first.
        write(bySource, new Column[] {col(TopicWordsByPeriod.TOPIC), col(SORT_MASS).desc(), col(SORT_PERIOD),
            col(TopicWordsByPeriod.RANK)}, Columns.SOURCE, out, BY_SOURCE);
      }
      if (!hasMonths) {
        return List.of();
      }
      // Cached: bounded by k × months × TOP_WORDS rows, written and then read again for the chart.
      Dataset<Row> byMonth = persisted.keep(both != null ? both.get(0)
          : TopicWordsByPeriod.byMonth(assigned, TextColumns.TF, k, words));
      write(byMonth, new Column[] {col(TopicWordsByPeriod.TOPIC), col(SORT_PERIOD), col(TopicWordsByPeriod.RANK)},
          "month", out, BY_MONTH);
      return TopicWordsByPeriod.collect(byMonth, CHART_TOPICS, CHART_WORDS);
    } finally {
      words.destroy();
    }
  }

  /**
   * Writes {@code table} sorted by {@code order}, which reads the topic, the rank and the period
   * and mass as computed ({@link #SORT_PERIOD}, {@link #SORT_MASS}): not as written, after
   * CsvSafety's quote and the rounding. The rows are formatted before they go to the one task that
   * sorts and writes them.
   */
  private static void write(Dataset<Row> table, Column[] order, String periodName, Folder out, String fileName)
      throws IOException {
    SingleCsv.writeSorted(table.select(
        col(TopicWordsByPeriod.TOPIC),
        CsvSafety.neutralised(col(TopicWordsByPeriod.PERIOD)).as(periodName),
        format_string("%.1f", col(TopicWordsByPeriod.MASS)).as(TopicWordsByPeriod.MASS),
        col(TopicWordsByPeriod.RANK),
        CsvSafety.neutralised(col(TopicWordsByPeriod.WORD)).as(TopicWordsByPeriod.WORD),
        format_string("%.1f", col(TopicWordsByPeriod.COUNT)).as(TopicWordsByPeriod.COUNT),
        format_string("%.2f", col(TopicWordsByPeriod.RATIO)).as(TopicWordsByPeriod.RATIO),
        format_string("%.2f", col(TopicWordsByPeriod.Z)).as(TopicWordsByPeriod.Z),
        col(TopicWordsByPeriod.PERIOD).as(SORT_PERIOD),
        col(TopicWordsByPeriod.MASS).as(SORT_MASS)), order, List.of(SORT_PERIOD, SORT_MASS), out, fileName);
  }
}
