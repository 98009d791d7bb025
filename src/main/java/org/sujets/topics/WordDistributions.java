package org.sujets.topics;

import java.util.Comparator;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.linalg.Matrix;

/** The topics' word distributions, and their most probable words. */
public final class WordDistributions {
  private WordDistributions() {}

  /**
   * Each model topic's word distribution, by model index. WARNING: reads the vocabulary × k
   * matrix on the driver.
   */
  public static double[][] of(LDAModel model) {
    return of(model.topicsMatrix());
  }

  /** Columns of the vocabulary × k matrix, each scaled to sum to 1. */
  static double[][] of(Matrix topics) {
    int vocab = topics.numRows();
    int k = topics.numCols();
    double[][] dist = new double[k][vocab];
    for (int t = 0; t < k; t++) {
      double sum = 0;
      for (int w = 0; w < vocab; w++) {
        sum += topics.apply(w, t);
      }
      for (int w = 0; w < vocab; w++) {
        dist[t][w] = sum > 0 ? topics.apply(w, t) / sum : 0;
      }
    }
    return dist;
  }

  /**
   * The model's own estimate of the corpus word distribution p(w): each word's weight summed over
   * the topics (the vocabulary × k matrix holds each topic's expected word counts), scaled to sum
   * to 1. Derived from the model alone, so a run, {@code infer} and {@code update} rank a topic's
   * words against the same p(w) whatever articles they see. WARNING: reads the matrix on the driver.
   */
  public static double[] corpusOf(LDAModel model) {
    return corpusOf(model.topicsMatrix());
  }

  /** Row sums of the vocabulary × k matrix, scaled to sum to 1. */
  static double[] corpusOf(Matrix topics) {
    double[] totals = new double[topics.numRows()];
    for (int t = 0; t < topics.numCols(); t++) {
      for (int w = 0; w < totals.length; w++) {
        totals[w] += topics.apply(w, t);
      }
    }
    return Relevance.distribution(totals);
  }

  /** The {@code n} most probable word indices of each distribution (ties by index). */
  public static int[][] topTerms(double[][] distributions, int n) {
    int[][] top = new int[distributions.length][];
    for (int t = 0; t < distributions.length; t++) {
      double[] d = distributions[t];
      top[t] = TopIndices.first(d.length, w -> true,
          Comparator.comparingDouble((Integer w) -> -d[w]).thenComparingInt(w -> w), n);
    }
    return top;
  }
}
