package org.sujets.storage;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujets.LocalSpark;

/** {@link SingleCsv#writeSorted}: rows spread over several partitions, sorted on a column not written. */
class SingleCsvTest {
  @Test
  void rowsComeInTheOrderOfAColumnLeftOutOfTheFile(@TempDir Path dir) throws IOException {
    // Keys in descending order over three partitions; the shown value sorts the other way.
    List<Row> rows = new ArrayList<>();
    for (int key = 9; key >= 0; key--) {
      rows.add(RowFactory.create(key, "v" + (9 - key)));
    }
    StructType schema = new StructType().add("key", DataTypes.IntegerType).add("value", DataTypes.StringType);
    Dataset<Row> table = LocalSpark.session().createDataFrame(rows, schema).repartition(3)
        .select(concat(lit("'"), col("value")).as("shown"), col("key").as("_key"));

    SingleCsv.writeSorted(table, new Column[] {col("_key")}, List.of("_key"), Folder.local(dir), "t.csv");

    List<String> expected = new ArrayList<>(List.of("shown"));
    for (int key = 0; key <= 9; key++) {
      expected.add("'v" + (9 - key));
    }
    assertEquals(expected, Files.readAllLines(dir.resolve("t.csv"), StandardCharsets.UTF_8));
    assertFalse(Files.exists(dir.resolve("_t_csv")), "the folder Spark wrote is removed");
  }
}
