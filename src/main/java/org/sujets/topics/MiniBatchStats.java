package org.sujets.topics;

import java.io.Serializable;

/**
 * What one mini-batch of online LDA sends back to the driver: the sufficient statistics (k ×
 * vocabulary, word-major), Σ E[log θ] over the articles when α is learned, and how many
 * non-empty articles there were. Partial results are merged in place, as Spark's
 * {@code treeAggregate} expects of its combiners.
 */
final class MiniBatchStats implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Word-major k × vocabulary; null in the aggregation's zero value (no article yet). */
  double[] stat;
  /** Σ E[log θ] of the articles, or null when α is not learned. */
  double[] logphat;
  long articles;

  MiniBatchStats(double[] stat, double[] logphat, long articles) {
    this.stat = stat;
    this.logphat = logphat;
    this.articles = articles;
  }

  /** Adds {@code other} into this one and returns this one. */
  MiniBatchStats merge(MiniBatchStats other) {
    if (other.stat != null) {
      if (stat == null) {
        stat = other.stat;
      } else {
        add(stat, other.stat);
      }
    }
    if (other.logphat != null) {
      if (logphat == null) {
        logphat = other.logphat;
      } else {
        add(logphat, other.logphat);
      }
    }
    articles += other.articles;
    return this;
  }

  private static void add(double[] into, double[] values) {
    for (int i = 0; i < into.length; i++) {
      into[i] += values[i];
    }
  }
}
