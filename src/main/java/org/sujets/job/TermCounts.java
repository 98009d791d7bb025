package org.sujets.job;

import static org.apache.spark.sql.functions.col;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sujets.topics.InOrderMerge;

/**
 * Each vocabulary term's occurrences and the number of articles that use it, over a column of
 * term-count vectors: one pass, one pair of vocabulary-sized arrays per partition sent to the
 * driver, added up in partition order ({@link InOrderMerge}) so a run reproduces itself bit for bit.
 *
 * @param occurrences per vocabulary index, the sum of the counts
 * @param articles per vocabulary index, the rows where the count is positive
 */
record TermCounts(double[] occurrences, double[] articles) {

  static TermCounts of(Dataset<Row> rows, String countsColumn, int vocabularySize) {
    double[] merged =
        InOrderMerge.sumArrays(rows.select(col(countsColumn)).javaRDD().mapPartitions(TermCounts::partition));
    double[] both = merged == null ? new double[2 * vocabularySize] : merged;
    double[] occurrences = java.util.Arrays.copyOfRange(both, 0, vocabularySize);
    double[] articles = java.util.Arrays.copyOfRange(both, vocabularySize, 2 * vocabularySize);
    return new TermCounts(occurrences, articles);
  }

  /** A partition's occurrences then articles, in one array; nothing for no vector. */
  private static Iterator<double[]> partition(Iterator<Row> rows) {
    double[] sums = null;
    while (rows.hasNext()) {
      Row row = rows.next();
      if (row.isNullAt(0)) {
        continue;
      }
      Vector counts = row.getAs(0);
      int size = counts.size();
      if (sums == null) {
        sums = new double[2 * size];
      }
      SparseVector sparse = counts.toSparse();
      int[] indices = sparse.indices();
      double[] values = sparse.values();
      for (int i = 0; i < indices.length; i++) {
        if (values[i] > 0) {
          sums[indices[i]] += values[i];
          sums[size + indices[i]]++;
        }
      }
    }
    return sums == null ? List.<double[]>of().iterator() : List.of(sums).iterator();
  }
}
