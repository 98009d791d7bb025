package org.sujets.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.format_string;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sujets.storage.Folder;
import org.sujets.storage.SingleCsv;
import org.sujets.ingest.Columns;

/**
 * Topic shares over time and by group, one CSV each, written by Spark: {@code
 * topics_by_month.csv}, {@code topics_by_source.csv}, {@code topics_by_section.csv}. Each row is a
 * month or group with its article count and the mean share of every topic over its articles
 * (articles without vocabulary terms are left out). A file is written only when some article has
 * the field.
 */
final class TopicTables {
  static final String BY_MONTH = "topics_by_month.csv";
  static final String BY_SOURCE = "topics_by_source.csv";
  static final String BY_SECTION = "topics_by_section.csv";

  private TopicTables() {}

  /** @return the names of the files written */
  static List<String> write(ShareTables tables, Folder out) throws IOException {
    List<String> written = new ArrayList<>();
    if (write(tables.byMonth(), "month", tables.k(), out, BY_MONTH)) {
      written.add(BY_MONTH);
    }
    if (write(tables.bySource(), Columns.SOURCE, tables.k(), out, BY_SOURCE)) {
      written.add(BY_SOURCE);
    }
    if (write(tables.bySection(), Columns.SECTION, tables.k(), out, BY_SECTION)) {
      written.add(BY_SECTION);
    }
    return written;
  }

  private static boolean write(Dataset<Row> table, String keyName, int k, Folder out, String fileName)
      throws IOException {
    if (table.isEmpty()) {
      return false;
    }
    List<Column> columns = new ArrayList<>();
    columns.add(CsvSafety.neutralised(col("key")).as(keyName));
    columns.add(col("n").as("articles"));
    for (int rank = 0; rank < k; rank++) {
      columns.add(format_string("%.4f", col("t" + rank)).as("topic_" + (rank + 1)));
    }
    SingleCsv.write(table.select(columns.toArray(new Column[0])), out, fileName);
    return true;
  }
}
