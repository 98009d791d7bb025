package org.sujets.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The boilerplate figures of run.json: lines removed, articles touched, the most frequent lines. */
final class BoilerplateSummary {
  /** Listed lines are cut to this many characters. */
  private static final int LINE_CHARS = 120;

  private BoilerplateSummary() {}

  /**
   * The aggregates behind the totals (lines removed, articles they were removed from), for the
   * caller to compute in a pass it makes anyway (the analysis stage's token counts).
   *
   * @param removedCol array&lt;string&gt; of the lines removed from each article
   */
  static Column[] totals(String removedCol) {
    return new Column[] {
        sum(size(col(removedCol))), sum(when(size(col(removedCol)).gt(0), 1).otherwise(0))};
  }

  /**
   * Aggregated by Spark; the driver receives {@code listed} lines at most, and no query runs when
   * no line was removed.
   *
   * @param removedCol array&lt;string&gt; of the lines removed from each article
   * @param counts a row holding the values of {@link #totals} from index {@code at}
   */
  static Map<String, Object> of(Dataset<Row> articles, String removedCol, int listed, long learned, Row counts, int at) {
    long lines = counts.isNullAt(at) ? 0L : counts.getLong(at);
    long touched = counts.isNullAt(at + 1) ? 0L : counts.getLong(at + 1);
    List<Map<String, Object>> top = new ArrayList<>();
    List<Row> frequent = lines == 0 ? List.of() : articles.select(explode(col(removedCol)).as("full"))
        .select(org.apache.spark.sql.functions.substring(col("full"), 1, LINE_CHARS).as("line")).groupBy("line").agg(count(lit(1)).as("n"))
        .orderBy(desc("n"), col("line")).limit(listed).collectAsList();
    for (Row r : frequent) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("line", r.getString(0));
      entry.put("count", r.getLong(1));
      top.add(entry);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("lines", lines);
    summary.put("articles", touched);
    summary.put("learnedLines", learned);
    summary.put("mostFrequent", top);
    return summary;
  }
}
