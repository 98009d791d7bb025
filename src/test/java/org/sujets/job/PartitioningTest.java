package org.sujets.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.sujets.LocalSpark;

class PartitioningTest {
  private final SparkSession spark = LocalSpark.session();

  private Dataset<Row> rows(int partitions) {
    return spark.createDataset(List.of("a", "b", "c", "d", "e"), Encoders.STRING()).toDF("text").repartition(partitions);
  }

  @Test
  void narrowInputIsSpreadOverTheCores() {
    Dataset<Row> spread = Partitioning.spread(rows(1), 2);
    assertEquals(2, spread.javaRDD().getNumPartitions());
    assertEquals(5, spread.count(), "rows lost or duplicated");
  }

  @Test
  void wideInputIsLeftAlone() {
    Dataset<Row> input = rows(3);
    assertEquals(3, Partitioning.spread(input, 2).javaRDD().getNumPartitions());
  }
}
