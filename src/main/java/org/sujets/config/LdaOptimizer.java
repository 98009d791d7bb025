package org.sujets.config;

import java.util.Locale;

/** Spark MLlib's two LDA inference algorithms. */
public enum LdaOptimizer {
  /** Online variational Bayes (Hoffman et al. 2010): mini-batches, fast, scales. The default. */
  ONLINE,
  /** Expectation–maximisation on a GraphX graph: slower, needs checkpointing, keeps full state. */
  EM;

  /** The name Spark's {@code LDA.setOptimizer} expects. */
  public String sparkName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static LdaOptimizer parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown optimizer '" + name + "': use online or em");
    }
  }
}
