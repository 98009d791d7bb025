package org.sujets.report;

/**
 * Classical (Torgerson) multidimensional scaling to two dimensions, for the intertopic distance
 * map: B = -½·J·D²·J (double centring), then the top two eigenvectors of B by power iteration
 * with deflation, scaled by the square root of their eigenvalues. Meant for k ≤ a few hundred.
 */
public final class ClassicalMds {
  private static final int MAX_ITERATIONS = 5000;
  private static final double TOLERANCE = 1e-22;

  private ClassicalMds() {}

  /**
   * Embeds a distance matrix in the plane.
   *
   * @param distances k × k distances (non-finite or negative entries count as 0; the matrix is
   *     symmetrised)
   * @return k rows of {x, y}; k = 1 gives the origin, k = 2 two points on the x axis
   */
  public static double[][] embed(double[][] distances) {
    int k = distances == null ? 0 : distances.length;
    double[][] out = new double[k][2];
    if (k <= 1) {
      return out;
    }
    double[][] d2 = squaredDistances(distances);
    if (k == 2) {
      double d = Math.sqrt(d2[0][1]);
      out[0][0] = -d / 2;
      out[1][0] = d / 2;
      return out;
    }
    double[][] b = doubleCentred(d2);
    double shift = gershgorinShift(b);
    for (int dim = 0; dim < 2; dim++) {
      double[] v = powerIteration(b, shift, dim);
      double lambda = rayleigh(b, v);
      double scale = lambda > 0 ? Math.sqrt(lambda) : 0;
      double sign = sign(v);
      for (int i = 0; i < k; i++) {
        out[i][dim] = sign * v[i] * scale;
      }
      // Deflate.
      if (lambda > 0) {
        for (int i = 0; i < k; i++) {
          for (int j = 0; j < k; j++) {
            b[i][j] -= lambda * v[i] * v[j];
          }
        }
      }
    }
    return out;
  }

  /** D², symmetrised, with a zero diagonal. */
  private static double[][] squaredDistances(double[][] distances) {
    int k = distances.length;
    double[][] d2 = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double a = entry(distances, i, j);
        double b = entry(distances, j, i);
        double d = i == j ? 0 : (a + b) / 2;
        d2[i][j] = d * d;
      }
    }
    return d2;
  }

  /** B = -½·J·D²·J: D² minus its row and column means, plus its grand mean, times -½. */
  private static double[][] doubleCentred(double[][] d2) {
    int k = d2.length;
    double[] rowMean = new double[k];
    double total = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        rowMean[i] += d2[i][j];
      }
      total += rowMean[i];
      rowMean[i] /= k;
    }
    double grandMean = total / ((double) k * k);
    double[][] b = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        b[i][j] = -0.5 * (d2[i][j] - rowMean[i] - rowMean[j] + grandMean);
      }
    }
    return b;
  }

  /**
   * A shift that makes every eigenvalue ≥ 0: power iteration then finds the largest (not the
   * largest in absolute value, which could be a negative one of a non-Euclidean matrix).
   * Gershgorin: every eigenvalue is ≥ min_i (b_ii − Σ_{j≠i} |b_ij|).
   */
  private static double gershgorinShift(double[][] b) {
    int k = b.length;
    double shift = 0;
    for (int i = 0; i < k; i++) {
      double s = 0;
      for (int j = 0; j < k; j++) {
        if (j != i) {
          s += Math.abs(b[i][j]);
        }
      }
      shift = Math.max(shift, s - b[i][i]);
    }
    return shift;
  }

  /** Deterministic sign: the one that makes the largest component positive. */
  private static double sign(double[] v) {
    int arg = 0;
    for (int i = 1; i < v.length; i++) {
      if (Math.abs(v[i]) > Math.abs(v[arg]) + 1e-12) {
        arg = i;
      }
    }
    return v[arg] < 0 ? -1 : 1;
  }

  private static double entry(double[][] m, int i, int j) {
    if (m[i] == null || j >= m[i].length) {
      return 0;
    }
    double v = m[i][j];
    return Double.isFinite(v) && v > 0 ? v : 0;
  }

  private static double[] powerIteration(double[][] b, double shift, int seed) {
    int k = b.length;
    double[] v = new double[k];
    for (int i = 0; i < k; i++) {
      // Not constant (the constant vector is in B's null space) and not symmetric.
      v[i] = (i - (k - 1) / 2.0) + 0.37 * Math.sin(1.3 * i + seed) + 0.11 * seed * Math.cos(i);
    }
    normalize(v);
    double[] w = new double[k];
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      for (int i = 0; i < k; i++) {
        double s = shift * v[i];
        for (int j = 0; j < k; j++) {
          s += b[i][j] * v[j];
        }
        w[i] = s;
      }
      if (normalize(w) == 0) {
        return v;
      }
      double diff = 0;
      for (int i = 0; i < k; i++) {
        diff += (w[i] - v[i]) * (w[i] - v[i]);
      }
      System.arraycopy(w, 0, v, 0, k);
      if (diff < TOLERANCE) {
        break;
      }
    }
    return v;
  }

  private static double rayleigh(double[][] b, double[] v) {
    double s = 0;
    for (int i = 0; i < v.length; i++) {
      for (int j = 0; j < v.length; j++) {
        s += v[i] * b[i][j] * v[j];
      }
    }
    return s;
  }

  private static double normalize(double[] v) {
    double n = 0;
    for (double x : v) {
      n += x * x;
    }
    n = Math.sqrt(n);
    if (n > 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] /= n;
      }
    }
    return n;
  }
}
