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
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The boilerplate figures of run.json: lines removed, articles touched, the most frequent lines. */
final class BoilerplateSummary {
  /** Listed lines are cut to this many characters. */
  private static final int LINE_CHARS = 120;

  private BoilerplateSummary() {}

  /**
   * Aggregated by Spark; the driver receives {@code listed} lines at most.
   *
   * @param removedCol array&lt;string&gt; of the lines removed from each article
   */
  static Map<String, Object> of(Dataset<Row> articles, String removedCol, int listed, long learned) {
    Row totals = articles.agg(sum(size(col(removedCol))), sum(when(size(col(removedCol)).gt(0), 1).otherwise(0))).first();
    List<Map<String, Object>> top = new ArrayList<>();
    for (Row r : articles.select(explode(col(removedCol)).as("full"))
        .select(org.apache.spark.sql.functions.substring(col("full"), 1, LINE_CHARS).as("line")).groupBy("line").agg(count(lit(1)).as("n"))
        .orderBy(desc("n"), col("line")).limit(listed).collectAsList()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("line", r.getString(0));
      entry.put("count", r.getLong(1));
      top.add(entry);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("lines", totals.isNullAt(0) ? 0L : totals.getLong(0));
    summary.put("articles", totals.isNullAt(1) ? 0L : totals.getLong(1));
    summary.put("learnedLines", learned);
    summary.put("mostFrequent", top);
    return summary;
  }
}
