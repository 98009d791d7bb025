package org.sujets.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sujets.ingest.Columns;

/**
 * What the reading stage reports, counted by Spark in one aggregation (shared by run and infer).
 *
 * @param records records read
 * @param files distinct files they came from
 * @param empty records whose text is blank
 * @param redecoded records decoded with a fallback charset
 */
record ReadCounts(long records, long files, long empty, long redecoded) {
  static ReadCounts of(Dataset<Row> raw) {
    Row row =
        raw.agg(
                count(lit(1)),
                countDistinct(col(Columns.ORIGIN)),
                sum(when(trim(col(Columns.TEXT)).equalTo(""), 1).otherwise(0)),
                sum(when(col(Columns.FALLBACK_CHARSET).isNotNull(), 1).otherwise(0)))
            .first();
    return new ReadCounts(row.getLong(0), row.getLong(1), row.isNullAt(2) ? 0 : row.getLong(2),
        row.isNullAt(3) ? 0 : row.getLong(3));
  }
}
