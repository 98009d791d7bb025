package org.sujets.topics;

/** Jensen–Shannon distance between discrete distributions (base-2 logs, so it lies in [0, 1]). */
public final class JensenShannon {
  private JensenShannon() {}

  /** √JSD(p, q) for two distributions of equal length that each sum to 1. */
  public static double distance(double[] p, double[] q) {
    if (p.length != q.length) {
      throw new IllegalArgumentException("distributions differ in length: " + p.length + " vs " + q.length);
    }
    double divergence = 0;
    for (int i = 0; i < p.length; i++) {
      double m = (p[i] + q[i]) / 2;
      divergence += term(p[i], m) + term(q[i], m);
    }
    return Math.sqrt(Math.max(0, divergence / 2));
  }

  private static double term(double x, double m) {
    return x > 0 ? x * Math.log(x / m) / Math.log(2) : 0;
  }

  /** Pairwise distances: a symmetric k × k matrix with a zero diagonal. */
  public static double[][] matrix(double[][] distributions) {
    int k = distributions.length;
    double[][] d = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        d[i][j] = d[j][i] = distance(distributions[i], distributions[j]);
      }
    }
    return d;
  }
}
