package org.sujets.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/**
 * Finds and disambiguates articles that share an id (an export that repeats records, two files
 * using the same numbering). Ids must be unique: articles.csv and the representative articles of
 * topics.json name articles by id.
 *
 * <p>Disambiguation keeps every article: within a group of equal ids, ordered by origin then a
 * hash of title and text (so the result does not depend on partitioning), the first keeps its id
 * and the others become {@code id#2}, {@code id#3}... Finding costs one aggregation over the ids;
 * renaming (only when there are duplicates) one shuffle of the articles.
 */
public final class DuplicateIds {
  private static final String COUNT = "count";

  private DuplicateIds() {}

  /**
   * What was found.
   *
   * @param extra articles whose id an earlier article already had (0 when ids are unique)
   * @param examples up to the requested number of duplicated ids, collected to the driver
   */
  public record Found(long extra, List<String> examples) {}

  /** Counts the duplicated ids of {@code articles} (string column {@link Columns#ID}). */
  public static Found find(Dataset<Row> articles, int examples) {
    Dataset<Row> groups = articles.groupBy(col(Columns.ID)).count().filter(col(COUNT).gt(1));
    Row total = groups.agg(sum(col(COUNT).minus(1))).first();
    long extra = total.isNullAt(0) ? 0 : total.getLong(0);
    if (extra == 0) {
      return new Found(0, List.of());
    }
    List<String> ids =
        groups.orderBy(col(Columns.ID)).limit(examples).collectAsList().stream()
            .map(r -> String.valueOf(r.<Object>getAs(Columns.ID)))
            .toList();
    return new Found(extra, ids);
  }

  /** {@code articles} with the second and later articles of each id renamed {@code id#n}. */
  public static Dataset<Row> disambiguate(Dataset<Row> articles) {
    String n = "__sujets_dup";
    return articles
        .withColumn(
            n,
            row_number()
                .over(
                    Window.partitionBy(col(Columns.ID))
                        .orderBy(
                            col(Columns.ORIGIN),
                            xxhash64(col(Columns.TITLE), col(Columns.TEXT)),
                            col(Columns.TITLE),
                            col(Columns.DATE))))
        .withColumn(
            Columns.ID,
            when(col(n).equalTo(1), col(Columns.ID))
                .otherwise(concat(col(Columns.ID), lit("#"), col(n).cast(DataTypes.StringType))))
        .drop(n);
  }
}
