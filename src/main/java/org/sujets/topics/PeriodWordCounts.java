package org.sujets.topics;

import java.util.Arrays;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;

/**
 * One period's share-weighted word counts, summed article by article into plain arrays: the
 * topics' mass (their shares summed), the weighted count of all their words, and each term's
 * weighted count per topic. One instance serves every period of a task in turn ({@link #clear}):
 * its term array is vocabulary × k, touched entries are tracked so that clearing costs what the
 * period used.
 */
final class PeriodWordCounts {
  private final int k;
  private final double[] counts;
  private final boolean[] seen;
  private int[] touched = new int[1024];
  private int touchedCount;
  private final double[] mass;
  private final double[] wordTotals;
  private final double[] shares;

  PeriodWordCounts(int k, int vocabulary) {
    this.k = k;
    this.counts = new double[vocabulary * k];
    this.seen = new boolean[vocabulary];
    this.mass = new double[k];
    this.wordTotals = new double[k];
    this.shares = new double[k];
  }

  /** Adds an article: its topic shares (display order) and its term counts (or null). */
  void add(java.util.List<Double> articleShares, Vector tf) {
    TopicWordTotals.readShares(articleShares, shares);
    double length = 0;
    if (tf != null) {
      SparseVector sparse = tf.toSparse();
      int[] terms = sparse.indices();
      double[] values = sparse.values();
      for (int i = 0; i < terms.length; i++) {
        if (values[i] > 0) {
          touch(terms[i]);
          TopicWordTotals.addWeighted(counts, terms[i] * k, values[i], shares);
          length += values[i];
        }
      }
    }
    for (int t = 0; t < k; t++) {
      mass[t] += shares[t];
      wordTotals[t] += shares[t] * length;
    }
  }

  private void touch(int term) {
    if (!seen[term]) {
      seen[term] = true;
      if (touchedCount == touched.length) {
        touched = Arrays.copyOf(touched, 2 * touched.length);
      }
      touched[touchedCount++] = term;
    }
  }

  /** The terms some article of the period has, in the order first met. */
  int[] terms() {
    return Arrays.copyOf(touched, touchedCount);
  }

  double count(int term, int topic) {
    return counts[term * k + topic];
  }

  /** The topic's shares summed over the period's articles (in articles' worth). */
  double mass(int topic) {
    return mass[topic];
  }

  /** The weighted count of all the topic's words in the period. */
  double wordTotal(int topic) {
    return wordTotals[topic];
  }

  /** Empties the counts for the next period. */
  void clear() {
    for (int i = 0; i < touchedCount; i++) {
      int term = touched[i];
      seen[term] = false;
      Arrays.fill(counts, term * k, term * k + k, 0);
    }
    touchedCount = 0;
    Arrays.fill(mass, 0);
    Arrays.fill(wordTotals, 0);
  }
}
