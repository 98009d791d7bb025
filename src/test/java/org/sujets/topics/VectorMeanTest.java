package org.sujets.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.stat.Summarizer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.sujets.LocalSpark;

class VectorMeanTest {
  private static final StructType SCHEMA = new StructType().add("v", SQLDataTypes.VectorType(), true);

  /** 40 vectors of size 5, dense and sparse mixed, a few null, in 6 partitions. */
  private static List<Vector> vectors() {
    List<Vector> out = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      double[] v = {i / 7.0, (i % 3) * 0.1, 0, 1.0 / (i + 1), i % 5 == 0 ? 1e9 / 3 : 0};
      out.add(i % 11 == 10 ? null : i % 2 == 0 ? Vectors.dense(v) : Vectors.dense(v).toSparse());
    }
    return out;
  }

  private static Dataset<Row> frame(List<Vector> vectors, int partitions) {
    SparkSession spark = LocalSpark.session();
    List<Row> rows = new ArrayList<>();
    vectors.forEach(v -> rows.add(RowFactory.create(v)));
    return spark.createDataFrame(rows, SCHEMA).repartition(partitions);
  }

  @Test
  void isTheMeanAddedUpInPartitionOrder() {
    Dataset<Row> frame = frame(vectors(), 6).cache();
    // Row by row within each partition; 6 partitions merge as two runs of 3 (InOrderMerge).
    List<List<Row>> partitions = frame.javaRDD().glom().collect();
    double[] sum = new double[5];
    long n = 0;
    for (int run = 0; run < 6; run += 3) {
      double[] runSum = null;
      for (int p = run; p < run + 3; p++) {
        double[] partSum = null;
        for (Row row : partitions.get(p)) {
          if (!row.isNullAt(0)) {
            double[] v = ((Vector) row.get(0)).toArray();
            partSum = partSum == null ? new double[5] : partSum;
            for (int i = 0; i < 5; i++) {
              partSum[i] += v[i];
            }
            n++;
          }
        }
        if (partSum != null) {
          if (runSum == null) {
            runSum = partSum;
          } else {
            for (int i = 0; i < 5; i++) {
              runSum[i] += partSum[i];
            }
          }
        }
      }
      for (int i = 0; i < 5; i++) {
        sum[i] += runSum[i];
      }
    }
    double[] expected = new double[5];
    for (int i = 0; i < 5; i++) {
      expected[i] = sum[i] / n;
    }
    assertArrayEquals(expected, VectorMean.of(frame, "v"), 0.0);
    // And it is the mean Spark's Summarizer gives, to rounding.
    double[] spark = ((Vector) frame.filter(frame.col("v").isNotNull()).select(Summarizer.mean(frame.col("v")))
        .first().get(0)).toArray();
    assertArrayEquals(spark, VectorMean.of(frame, "v"), 1e-6);
    frame.unpersist();
  }

  @Test
  void noVectorIsAnError() {
    List<Vector> nulls = new ArrayList<>();
    nulls.add(null);
    assertThrows(IllegalArgumentException.class, () -> VectorMean.of(frame(nulls, 2), "v"));
  }
}
