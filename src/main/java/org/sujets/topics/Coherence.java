package org.sujets.topics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * NPMI coherence of each topic's top words over the corpus, by document co-occurrence (Bouma
 * 2009; Lau et al. 2014): for two words, NPMI = log(p(a,b) / (p(a) p(b))) / −log p(a,b), where
 * p is the share of articles containing the word(s). A pair never seen together scores −1, a pair
 * found in every article +1 (0/0 otherwise). A topic's coherence is the mean over its word pairs;
 * the run's is the mean over topics.
 *
 * <p>Counted by Spark in one pass: each article adds to a counter per (topic, word) and per
 * (topic, word pair), so the driver receives k × (n + n(n−1)/2) counts whatever the corpus size.
 */
public final class Coherence {
  private Coherence() {}

  /** Top words conventionally scored (Röder et al. 2015; the table). */
  public static final int TOP_WORDS = 10;

  /**
   * Per-topic NPMI.
   *
   * @param articles one row per article; {@code countsCol} holds its term-count vector
   * @param topTerms topTerms[t] = vocabulary indices of topic t's top words, in the order shown
   * @return NPMI of each topic, in the order of {@code topTerms}
   */
  public static double[] npmi(Dataset<Row> articles, String countsCol, int[][] topTerms) {
    long[] counts = count(articles.select(countsCol).toJavaRDD(), topTerms);
    return fromCounts(counts, topTerms);
  }

  /** Mean of the topics' coherences (NaN-free: an empty array gives 0). */
  public static double mean(double[] perTopic) {
    double sum = 0;
    for (double v : perTopic) {
      sum += v;
    }
    return perTopic.length == 0 ? 0 : sum / perTopic.length;
  }

  /**
   * The counters: [0] = articles, then per topic its words' document frequencies followed by its
   * pairs' co-document frequencies (pairs (i, j), i &lt; j, in row order).
   */
  static long[] count(JavaRDD<Row> vectors, int[][] topTerms) {
    Layout layout = new Layout(topTerms);
    long[] zero = new long[layout.size];
    return vectors.treeAggregate(zero, (acc, row) -> layout.add(acc, (Vector) row.get(0)), Coherence::merge);
  }

  private static long[] merge(long[] a, long[] b) {
    for (int i = 0; i < a.length; i++) {
      a[i] += b[i];
    }
    return a;
  }

  static double[] fromCounts(long[] counts, int[][] topTerms) {
    Layout layout = new Layout(topTerms);
    double n = counts[0];
    double[] result = new double[topTerms.length];
    for (int t = 0; t < topTerms.length; t++) {
      int m = topTerms[t].length;
      double sum = 0;
      int pairs = 0;
      for (int i = 0; i < m; i++) {
        for (int j = i + 1; j < m; j++) {
          sum += npmi(counts[layout.single(t, i)], counts[layout.single(t, j)], counts[layout.pair(t, i, j)], n);
          pairs++;
        }
      }
      result[t] = pairs == 0 ? 0 : sum / pairs;
    }
    return result;
  }

  /** NPMI of two words from their document frequencies, co-document frequency and corpus size. */
  public static double npmi(double dfA, double dfB, double dfAB, double n) {
    if (dfAB == 0) {
      return -1;
    }
    if (dfAB == n) {
      return 1;
    }
    double pAB = dfAB / n;
    return Math.log(pAB / ((dfA / n) * (dfB / n))) / -Math.log(pAB);
  }

  /** Where each topic's counters sit in the flat array; serializable so tasks can use it. */
  private static final class Layout implements Serializable {
    private static final long serialVersionUID = 1L;
    final int[][] topTerms;
    final int[] offsets;
    final int size;
    /** vocabulary index → (topic, position) pairs of the top lists that hold it. */
    final Map<Integer, int[]> slots;

    Layout(int[][] topTerms) {
      this.topTerms = topTerms;
      offsets = new int[topTerms.length];
      int at = 1;
      Map<Integer, List<int[]>> byTerm = new HashMap<>();
      for (int t = 0; t < topTerms.length; t++) {
        offsets[t] = at;
        int m = topTerms[t].length;
        at += m + m * (m - 1) / 2;
        for (int i = 0; i < m; i++) {
          byTerm.computeIfAbsent(topTerms[t][i], x -> new ArrayList<>()).add(new int[] {t, i});
        }
      }
      size = at;
      slots = new HashMap<>();
      byTerm.forEach((term, list) -> {
        int[] flat = new int[list.size() * 2];
        for (int s = 0; s < list.size(); s++) {
          flat[2 * s] = list.get(s)[0];
          flat[2 * s + 1] = list.get(s)[1];
        }
        slots.put(term, flat);
      });
    }

    int single(int t, int i) {
      return offsets[t] + i;
    }

    int pair(int t, int i, int j) {
      int m = topTerms[t].length;
      // pairs of row i start after rows 0..i-1, which hold (m-1) + ... + (m-i) pairs
      return offsets[t] + m + i * (2 * m - i - 1) / 2 + (j - i - 1);
    }

    long[] add(long[] acc, Vector counts) {
      acc[0]++;
      // positions present in this article, per topic
      Map<Integer, List<Integer>> present = new HashMap<>();
      SparseVector sparse = counts.toSparse();
      int[] indices = sparse.indices();
      double[] values = sparse.values();
      for (int v = 0; v < indices.length; v++) {
        int[] flat = values[v] > 0 ? slots.get(indices[v]) : null;
        if (flat != null) {
          for (int s = 0; s < flat.length; s += 2) {
            present.computeIfAbsent(flat[s], x -> new ArrayList<>()).add(flat[s + 1]);
          }
        }
      }
      present.forEach((t, positions) -> {
        positions.sort(null);
        for (int a = 0; a < positions.size(); a++) {
          int i = positions.get(a);
          acc[single(t, i)]++;
          for (int b = a + 1; b < positions.size(); b++) {
            acc[pair(t, i, positions.get(b))]++;
          }
        }
      });
      return acc;
    }
  }
}
