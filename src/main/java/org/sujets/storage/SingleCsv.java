package org.sujets.storage;

import java.io.IOException;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A table written by Spark as one CSV file with a header: Spark writes a folder with one part,
 * which is then moved to the file's name. Rows keep the order of the dataset given.
 */
public final class SingleCsv {
  private SingleCsv() {}

  /**
   * Writes {@code rows} sorted by {@code order} as {@code name} in {@code out}: the rows are moved
   * into one partition and sorted there. Not {@code orderBy}: its range partitioning first runs a
   * job that samples the input (computing it once more when it is not cached), only for the
   * partitions to be put together again by the single file. {@code order} must be a total order
   * for the file to be the same in every run.
   *
   * @param sortOnly columns of {@code rows} that only {@code order} reads, left out of the file
   */
  public static void writeSorted(Dataset<Row> rows, Column[] order, List<String> sortOnly, Folder out, String name)
      throws IOException {
    write(rows.repartition(1).sortWithinPartitions(order).drop(sortOnly.toArray(new String[0])), out, name);
  }

  /** Writes {@code rows} (already in their final order) as {@code name} in {@code out}. */
  public static void write(Dataset<Row> rows, Folder out, String name) throws IOException {
    String parts = "_" + name.replace('.', '_');
    rows.coalesce(1).write().option("header", "true").option("escape", "\"").csv(out.uri(parts));
    List<String> written = out.child(parts).entries("part-");
    if (written.isEmpty()) {
      throw new IOException("Spark wrote no CSV part in " + out.resolve(parts));
    }
    out.move(parts + "/" + written.get(0), name);
    out.delete(parts);
  }
}
