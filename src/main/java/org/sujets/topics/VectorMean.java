package org.sujets.topics;

import static org.apache.spark.sql.functions.col;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.ml.linalg.DenseVector;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The mean of a vector column, added up row by row within each partition and then partition by
 * partition in partition order ({@link InOrderMerge}): the same bits in every run, whatever order
 * the tasks finish in and after a lost executor's partitions are computed again. Spark's {@code
 * Summarizer.mean} merges the partitions' partial means in the order they arrive, so over three
 * partitions or more its last bits (and the corpus keywords' weights, the topics' prevalence that
 * are written from it) could change from run to run. One pass; only one vector per partition
 * travels, as with {@code Summarizer}.
 */
public final class VectorMean {
  private VectorMean() {}

  /**
   * Mean of the non-null vectors of {@code column} (all of the same size).
   *
   * @throws IllegalArgumentException when there is no vector
   */
  public static double[] of(Dataset<Row> rows, String column) {
    JavaRDD<double[]> partials = rows.select(col(column)).javaRDD().mapPartitions(VectorMean::sum);
    double[] total = InOrderMerge.sumArrays(partials);
    if (total == null) {
      throw new IllegalArgumentException("no vector in column " + column + " to average");
    }
    int size = total.length - 1;
    double n = total[size];
    double[] mean = new double[size];
    for (int i = 0; i < size; i++) {
      mean[i] = total[i] / n;
    }
    return mean;
  }

  /** A partition's sum, with the count of its vectors in one more cell; nothing for no vector. */
  private static Iterator<double[]> sum(Iterator<Row> rows) {
    double[] sum = null;
    while (rows.hasNext()) {
      Row row = rows.next();
      if (row.isNullAt(0)) {
        continue;
      }
      Vector v = row.getAs(0);
      if (sum == null) {
        sum = new double[v.size() + 1];
      }
      if (v instanceof SparseVector sparse) {
        int[] indices = sparse.indices();
        double[] values = sparse.values();
        for (int i = 0; i < indices.length; i++) {
          sum[indices[i]] += values[i];
        }
      } else {
        double[] values = ((DenseVector) v).values();
        for (int i = 0; i < values.length; i++) {
          sum[i] += values[i];
        }
      }
      sum[sum.length - 1]++;
    }
    return sum == null ? List.<double[]>of().iterator() : List.of(sum).iterator();
  }
}
