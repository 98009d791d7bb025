package org.sujets.storage;

import java.io.IOException;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A table written by Spark as one CSV file with a header: Spark writes a folder with one part,
 * which is then moved to the file's name. Rows keep the order of the dataset given.
 */
public final class SingleCsv {
  private SingleCsv() {}

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
