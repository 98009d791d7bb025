package org.sujets.topics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Each topic's share-weighted word counts over every period at once: the prior that
 * {@link WeightedLogOdds} compares a period with. One pass over the articles; each partition sends
 * one vocabulary × k array per set of articles to the driver, added up in partition order
 * ({@link InOrderMerge}), so the figures are the same bits in every run. Bounded by the
 * vocabulary and k, not by the articles.
 *
 * @param k topics
 * @param counts at {@code term * k + topic}: the term's counts in the articles, each weighted by the
 *     article's share of the topic
 * @param totals per topic: the same over all terms
 */
record TopicWordTotals(int k, double[] counts, double[] totals) implements Serializable {

  /**
   * The totals of several sets of articles in one pass, one per set: a set's figures are added up
   * over its articles in the same order, so they are the bits a pass over that set alone gives.
   *
   * @param articles rows of {@code (shares, tf, in_1, .., in_sets)}: topic shares in display order
   *     (array of double), term counts (a vector over the vocabulary, or null), and whether the
   *     article belongs to each set (boolean, not null)
   * @param vocabulary the vocabulary's size
   */
  static List<TopicWordTotals> of(Dataset<Row> articles, int sets, int k, int vocabulary) {
    int cells = vocabulary * k;
    int width = cells + k;
    double[] merged = InOrderMerge.sumArrays(
        articles.javaRDD().mapPartitions(rows -> partition(rows, sets, k, cells)));
    double[] all = merged == null ? new double[sets * width] : merged;
    List<TopicWordTotals> totals = new ArrayList<>();
    for (int set = 0; set < sets; set++) {
      totals.add(new TopicWordTotals(k, Arrays.copyOfRange(all, set * width, set * width + cells),
          Arrays.copyOfRange(all, set * width + cells, (set + 1) * width)));
    }
    return totals;
  }

  /**
   * A partition's weighted counts, then its per-topic totals, for each set in turn, in one array
   * (zeros for a set none of its articles is in: adding them changes no bit).
   */
  private static Iterator<double[]> partition(Iterator<Row> rows, int sets, int k, int cells) {
    if (!rows.hasNext()) {
      return List.<double[]>of().iterator();
    }
    double[] sums = new double[sets * (cells + k)];
    double[] shares = new double[k];
    while (rows.hasNext()) {
      Row row = rows.next();
      readShares(row.getList(0), shares);
      for (int set = 0; set < sets; set++) {
        if (row.getBoolean(2 + set)) {
          add(row, sums, set * (cells + k), cells, shares);
        }
      }
    }
    return List.of(sums).iterator();
  }

  /** The article's weighted term counts into sums[at..], its weighted length into sums[at + cells..]. */
  private static void add(Row row, double[] sums, int at, int cells, double[] shares) {
    int k = shares.length;
    double length = 0;
    if (!row.isNullAt(1)) {
      SparseVector tf = ((Vector) row.get(1)).toSparse();
      int[] terms = tf.indices();
      double[] values = tf.values();
      for (int i = 0; i < terms.length; i++) {
        if (values[i] > 0) {
          addWeighted(sums, at + terms[i] * k, values[i], shares);
          length += values[i];
        }
      }
    }
    addWeighted(sums, at + cells, length, shares);
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
