package org.sujets.cli;

import org.sujets.config.QualityConfig;
import picocli.CommandLine.Option;

/** How topic quality is measured and shown ({@code run}, {@code tune}). */
public final class QualityOptions {
  @Option(names = "--relevance-lambda", paramLabel = "L", defaultValue = "" + QualityConfig.DEFAULT_RELEVANCE_LAMBDA,
      description = "LDAvis relevance λ by which a topic's words are ranked (topics.json, labels, charts),"
          + " [0,1]: 1 = most probable words first, lower = words more distinctive of the topic first.")
  double relevanceLambda;

  @Option(names = "--stability", negatable = true,
      description = "Also fit with seed + 1 and report how well the topics match"
          + " (Hungarian-matched 1 − Jensen–Shannon distance). Doubles the LDA time."
          + " Default: off for run, on for tune.")
  Boolean stability;

  /**
   * @param stabilityByDefault whether seed stability is measured when --stability is not given
   *     (off for run, whose LDA time it doubles; on for tune, whose purpose it serves)
   * @throws IllegalArgumentException for a λ out of range
   */
  QualityConfig qualityConfig(boolean stabilityByDefault) {
    return new QualityConfig(relevanceLambda, stability == null ? stabilityByDefault : stability);
  }
}
