package org.sujets.topics;

/**
 * The expectation step of online LDA for one article (Hoffman, Blei and Bach 2010), on plain
 * arrays: the same computation as Spark's {@code OnlineLDAOptimizer.variationalTopicInference},
 * step for step, without breeze's boxed slicing and generic operators and with {@link Digamma}
 * (see {@link OnlineLda} for the profile).
 *
 * <p>{@link #infer} alternates γ (the article's topic weights) and φ (each word's topic shares,
 * kept only as its normaliser) until γ moves by at most 1e-3 per topic on average; {@link
 * #accumulate} then also adds the article's sufficient statistics to the mini-batch's. One
 * instance per task: it keeps its buffers between articles and is not thread-safe.
 */
final class DocumentInference {
  private static final double CONVERGED = 1e-3;

  private final int k;
  private final double[] expElogbeta;
  private final double[] alpha;
  private final double[] startGamma;
  private final double[] gamma;
  private final double[] lastGamma;
  private final double[] expElogtheta;
  private double[] beta = new double[0];
  private double[] ratio = new double[0];
  private int[] allIds = new int[0];

  /**
   * @param expElogbeta exp(E[log β]) of every word, word-major: entry {@code w * k + t}
   * @param alpha the document concentration α, one per topic
   * @param startGamma γ's starting point (Spark draws it from Gamma(100, 1/100) per task)
   */
  DocumentInference(double[] expElogbeta, double[] alpha, double[] startGamma) {
    this.k = alpha.length;
    this.expElogbeta = expElogbeta;
    this.alpha = alpha;
    this.startGamma = startGamma;
    this.gamma = new double[k];
    this.lastGamma = new double[k];
    this.expElogtheta = new double[k];
  }

  /**
   * Infers the topics of the article with word ids {@code ids} and counts {@code counts} (the first
   * {@code n} of each); returns γ, its unnormalised topic weights (a buffer reused by the next
   * call: what {@code LDAModel.transform} normalises into the article's topic distribution).
   */
  double[] infer(int[] ids, double[] counts, int n) {
    if (beta.length < n * k) {
      beta = new double[n * k];
      ratio = new double[n];
    }
    // This article's rows of exp(E[log β]), contiguous: the inner loops read them many times.
    for (int i = 0; i < n; i++) {
      System.arraycopy(expElogbeta, ids[i] * k, beta, i * k, k);
    }
    System.arraycopy(startGamma, 0, gamma, 0, k);
    expectLogTheta(gamma, expElogtheta, true);
    updateRatios(counts, n);
    double change = 1;
    while (change > CONVERGED) {
      System.arraycopy(gamma, 0, lastGamma, 0, k);
      // γ_t = exp(E[log θ_t]) · Σ_i β_it · c_i / φnorm_i + α_t
      for (int t = 0; t < k; t++) {
        gamma[t] = 0;
      }
      for (int i = 0; i < n; i++) {
        double r = ratio[i];
        int row = i * k;
        for (int t = 0; t < k; t++) {
          gamma[t] += beta[row + t] * r;
        }
      }
      for (int t = 0; t < k; t++) {
        gamma[t] = expElogtheta[t] * gamma[t] + alpha[t];
      }
      expectLogTheta(gamma, expElogtheta, true);
      updateRatios(counts, n);
      double moved = 0;
      for (int t = 0; t < k; t++) {
        moved += Math.abs(gamma[t] - lastGamma[t]);
      }
      change = moved / k;
    }
    return gamma;
  }

  /**
   * {@link #infer}s the article, adds its sufficient statistics to {@code stat} (word-major, as
   * expElogbeta) and, when {@code logphat} is not null, E[log θ] to it; returns γ.
   */
  double[] accumulate(int[] ids, double[] counts, int n, double[] stat, double[] logphat) {
    infer(ids, counts, n);
    // stat_tw += exp(E[log θ_t]) · c_w / φnorm_w
    for (int i = 0; i < n; i++) {
      int column = ids[i] * k;
      double r = ratio[i];
      for (int t = 0; t < k; t++) {
        stat[column + t] += expElogtheta[t] * r;
      }
    }
    if (logphat != null) {
      expectLogTheta(gamma, lastGamma, false);
      for (int t = 0; t < k; t++) {
        logphat[t] += lastGamma[t];
      }
    }
    return gamma;
  }

  /** The ids 0 … n − 1, for an article given as a dense vector (a buffer: read it before the next call). */
  int[] allIds(int n) {
    if (allIds.length < n) {
      allIds = java.util.stream.IntStream.range(0, n).toArray();
    }
    return allIds;
  }

  /** c_i / φnorm_i with φnorm_i = Σ_t β_it · exp(E[log θ_t]) + 1e-100. */
  private void updateRatios(double[] counts, int n) {
    for (int i = 0; i < n; i++) {
      int row = i * k;
      double norm = 0;
      for (int t = 0; t < k; t++) {
        norm += beta[row + t] * expElogtheta[t];
      }
      ratio[i] = counts[i] / (norm + 1e-100);
    }
  }

  /** E[log θ] of Dirichlet(γ) into {@code out}: ψ(γ_t) − ψ(Σγ), exponentiated when asked. */
  static void expectLogTheta(double[] gamma, double[] out, boolean exponentiate) {
    double sum = 0;
    for (double g : gamma) {
      sum += g;
    }
    double digammaSum = Digamma.of(sum);
    for (int t = 0; t < gamma.length; t++) {
      double e = Digamma.of(gamma[t]) - digammaSum;
      out[t] = exponentiate ? Math.exp(e) : e;
    }
  }
}
