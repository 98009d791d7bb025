package org.sujets.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.sujets.LocalSpark;

class ConnectedComponentsTest {
  private static Dataset<Row> edges(String... pairs) {
    SparkSession spark = LocalSpark.session();
    StructType schema = new StructType().add("src", DataTypes.StringType).add("dst", DataTypes.StringType);
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      rows.add(RowFactory.create(pairs[i], pairs[i + 1]));
    }
    return spark.createDataFrame(rows, schema);
  }

  private static Map<String, String> labels(ConnectedComponents.Labels labels) {
    Map<String, String> found = new TreeMap<>();
    for (Row row : labels.labels().collectAsList()) {
      found.put(row.getString(0), row.getString(1));
    }
    labels.labels().unpersist();
    return found;
  }

  @Test
  void labelsEachComponentWithItsSmallestNode() {
    // A chain given in scrambled directions, and a separate pair.
    ConnectedComponents.Labels result = ConnectedComponents.of(edges("d", "c", "b", "c", "e", "d", "b", "a", "y", "x"), 20);
    assertTrue(result.converged());
    assertEquals(Map.of("a", "a", "b", "a", "c", "a", "d", "a", "e", "a", "x", "x", "y", "x"), labels(result));
  }

  @Test
  void saysWhenTheRoundsRanOutBeforeTheLabelsSettled() {
    ConnectedComponents.Labels result = ConnectedComponents.of(edges("a", "b", "b", "c", "c", "d", "d", "e"), 1);
    assertFalse(result.converged());
    assertEquals("d", labels(result).get("e"));
  }

  @Test
  void cutsLineageWithReliableCheckpointsThatSurviveTheExecutor() {
    ConnectedComponents.Labels result = ConnectedComponents.of(edges("a", "b", "b", "c"), 20);
    // A reliable checkpoint is read back from files in the checkpoint directory; a local one
    // would be a LocalCheckpointRDD in the block managers of the executors that computed it.
    String lineage = result.labels().rdd().toDebugString();
    assertTrue(lineage.contains("ReliableCheckpointRDD"), lineage);
    assertFalse(lineage.contains("LocalCheckpointRDD"), lineage);
    assertEquals(Map.of("a", "a", "b", "a", "c", "a"), labels(result));
  }
}
