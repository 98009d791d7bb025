package org.sujets.topics;

import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Each topic's share-weighted word counts over every period at once: the prior that
 * {@link WeightedLogOdds} compares a period with. One pass over the articles; each partition sends
 * one vocabulary × k array to the driver, added up in partition order ({@link InOrderMerge}), so
 * the figures are the same bits in every run. Bounded by the vocabulary and k, not by the articles.
 *
 * @param k topics
 * @param counts at {@code term * k + topic}: the term's counts in the articles, each weighted by the
 *     article's share of the topic
 * @param totals per topic: the same over all terms
 */
record TopicWordTotals(int k, double[] counts, double[] totals) implements Serializable {

  /**
   * @param articles rows of {@code (shares, tf)}: topic shares in display order (array of double)
   *     and term counts (a vector over the vocabulary, or null)
   * @param vocabulary the vocabulary's size
   */
  static TopicWordTotals of(Dataset<Row> articles, int k, int vocabulary) {
    int cells = vocabulary * k;
    double[] merged = InOrderMerge.sumArrays(
        articles.javaRDD().mapPartitions(rows -> partition(rows, k, cells)));
    double[] both = merged == null ? new double[cells + k] : merged;
    return new TopicWordTotals(k, java.util.Arrays.copyOf(both, cells),
        java.util.Arrays.copyOfRange(both, cells, cells + k));
  }

  /** A partition's weighted counts, then its per-topic totals, in one array. */
  private static Iterator<double[]> partition(Iterator<Row> rows, int k, int cells) {
    if (!rows.hasNext()) {
      return List.<double[]>of().iterator();
    }
    double[] sums = new double[cells + k];
    double[] shares = new double[k];
    while (rows.hasNext()) {
      Row row = rows.next();
      readShares(row.getList(0), shares);
      double length = 0;
      if (!row.isNullAt(1)) {
        SparseVector tf = ((Vector) row.get(1)).toSparse();
        int[] terms = tf.indices();
        double[] values = tf.values();
        for (int i = 0; i < terms.length; i++) {
          if (values[i] > 0) {
            addWeighted(sums, terms[i] * k, values[i], shares);
            length += values[i];
          }
        }
      }
      addWeighted(sums, cells, length, shares);
    }
    return List.of(sums).iterator();
  }

  /** sums[at + t] += count × shares[t] for every topic t. */
  static void addWeighted(double[] sums, int at, double count, double[] shares) {
    for (int t = 0; t < shares.length; t++) {
      sums[at + t] += count * shares[t];
    }
  }

  /** The article's shares, read into {@code into}. */
  static void readShares(List<Double> shares, double[] into) {
    for (int t = 0; t < into.length; t++) {
      into[t] = shares.get(t);
    }
  }

  /** Weighted count of {@code term} in {@code topic} (0-based) over every period. */
  double count(int term, int topic) {
    return counts[term * k + topic];
  }
}
