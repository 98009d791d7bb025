package org.sujets.config;

import java.util.Locale;

/** Where online LDA's topics start from (EM ignores it). */
public enum LdaStart {
  /**
   * Spherical k-means on a sample of articles: each topic starts on a subject that exists, so no
   * topic dies and no two subjects stay merged in one topic. The default.
   */
  SEEDED,
  /** Spark's own start: near-uniform random topics, Gamma(100, 1/100) weights. */
  RANDOM;

  /** The name used on the command line and in run.json. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static LdaStart parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown LDA start '" + name + "': use seeded or random");
    }
  }
}
