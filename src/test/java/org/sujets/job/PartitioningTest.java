package org.sujets.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.Repartition;
import org.junit.jupiter.api.Test;
import org.sujets.config.ColumnMapping;
import org.sujets.config.InputConfig;
import org.sujets.config.InputFormat;
import org.sujets.ingest.CorpusReader;
import scala.jdk.javaapi.CollectionConverters;
import org.sujets.LocalSpark;
import org.sujets.ingest.Columns;

class PartitioningTest {
  private final SparkSession spark = LocalSpark.session();

  private Dataset<Row> articles(List<String> ids, int partitions) {
    StructType schema = new StructType()
        .add(Columns.ID, DataTypes.StringType)
        .add(Columns.ORIGIN, DataTypes.StringType)
        .add(Columns.TEXT, DataTypes.StringType);
    List<Row> rows = new ArrayList<>();
    for (String id : ids) {
      rows.add(RowFactory.create(id, "file-" + id, "texte de " + id));
    }
    return spark.createDataFrame(rows, schema).repartition(partitions);
  }

  /** The ids of each partition, in order. */
  private static List<List<String>> layout(Dataset<Row> articles) {
    List<List<String>> partitions = new ArrayList<>();
    for (List<Row> partition : articles.javaRDD().glom().collect()) {
      partitions.add(partition.stream().map(r -> r.<String>getAs(Columns.ID)).toList());
    }
    return partitions;
  }

  private static List<String> ids(int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add("a" + i);
    }
    return ids;
  }

  @Test
  void partitionCountFollowsTheTextSize() {
    long kb = 1L << 10;
    // {current, cores, text KB, expected}
    long[][] table = {
        {1, 2, 0, 2},              // size unknown: the cores
        {5, 2, 0, 5},              // size unknown: the input's own partitions
        {5, 2, 35, 1},             // the five-article sample (35 KB): one partition
        {1, 2, 1536, 2},           // 1.5 MB: worth both cores
        {5, 8, 5 * 1024, 5},       // 5 MB on 8 cores: 1 MB each at least
        {1, 2, 120 * 1024, 4},     // OrangeSum's 30 MB .gz: 120 MB of text
        {10, 2, 3350 * 1024, 105}, // a million articles in twenty 42 MB .gz files
        {200, 2, 3350 * 1024, 105}, // 200 Parquet files: sized by their text, not their count
        {1160, 2, 150 * 1024, 5},  // OrangeSum as 35,987 .txt files (150 MB): as its .jsonl.gz
        {31250, 8, 3350 * 1024, 105}, // a million small .txt files
    };
    for (long[] row : table) {
      assertEquals(row[3], Partitioning.partitions((int) row[0], (int) row[1], row[2] * kb),
          "current " + row[0] + ", cores " + row[1] + ", " + row[2] + " KB");
    }
  }

  @Test
  void textSizeCountsCompressedFilesFourTimes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path plain = dir.resolve("a.jsonl");
    java.nio.file.Files.writeString(plain, "{\"text\": \"un\"}\n");
    java.nio.file.Path packed = dir.resolve("b.jsonl.gz");
    try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(packed))) {
      out.write("{\"text\": \"deux\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    Dataset<Row> read = spark.read().text(dir.toString());
    assertEquals(java.nio.file.Files.size(plain) + 4 * java.nio.file.Files.size(packed), Partitioning.textBytes(read));
  }

  @Test
  void narrowInputIsSpreadOverTheCores() {
    Dataset<Row> spread = Partitioning.spread(articles(ids(5), 1), 2, 0);
    assertEquals(2, spread.javaRDD().getNumPartitions());
    assertEquals(5, spread.count(), "rows lost or duplicated");
  }

  @Test
  void wideInputKeepsItsPartitionCount() {
    assertEquals(3, Partitioning.spread(articles(ids(9), 3), 2, 0).javaRDD().getNumPartitions());
  }

  @Test
  void layoutDependsOnlyOnTheArticlesNotOnTheirInputOrder() {
    List<String> shuffled = ids(40);
    Collections.shuffle(shuffled, new java.util.Random(7));
    List<List<String>> a = layout(Partitioning.spread(articles(ids(40), 3), 3, 0));
    List<List<String>> b = layout(Partitioning.spread(articles(shuffled, 3), 3, 0));
    assertEquals(a, b);
  }

  /**
   * A folder of small .txt files is read in a few tasks of many files (ingest/TextFileSource
   * coalesces Spark's scan): the coalesce must still be in the plan once the articles are spread,
   * where Spark's optimiser drops one that sits right under a repartition.
   */
  @Test
  void spreadingSmallTextFilesKeepsTheirFewReadTasks(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    for (int i = 0; i < 400; i++) { // Spark alone: 13 tasks of 32 files
      java.nio.file.Path file = dir.resolve("d" + i / 100).resolve("a" + i + ".txt");
      java.nio.file.Files.createDirectories(file.getParent());
      java.nio.file.Files.writeString(file, "Texte de l'article " + i + ".");
    }
    Dataset<Row> read = new CorpusReader(spark)
        .read(new InputConfig(List.of(dir.toString()), InputFormat.AUTO, ColumnMapping.defaults())).records();
    Dataset<Row> spread = Partitioning.spread(read, 2, Partitioning.textBytes(read));
    List<Integer> coalesces = new ArrayList<>();
    addCoalesces(spread.queryExecution().optimizedPlan(), coalesces);
    assertEquals(List.of(read.javaRDD().getNumPartitions()), coalesces);
    assertEquals(400, spread.count(), "rows lost or duplicated");
  }

  /** The partition counts of the coalesces (repartitions without a shuffle) in {@code plan}. */
  private static void addCoalesces(LogicalPlan plan, List<Integer> out) {
    if (plan instanceof Repartition r && !r.shuffle()) {
      out.add(r.numPartitions());
    }
    for (LogicalPlan child : CollectionConverters.asJava(plan.children())) {
      addCoalesces(child, out);
    }
  }
}
