package org.sujets.config;

/**
 * How topic quality is measured and shown.
 *
 * @param relevanceLambda LDAvis relevance λ by which a topic's words are ranked wherever they are
 *     shown (and its label made): 1 ranks by probability in the topic, lower values favour words
 *     distinctive of it. Default {@value
 *     #DEFAULT_RELEVANCE_LAMBDA} (Sievert and Shirley 2014). Range [0, 1].
 * @param stability also fit a second model with seed + 1 and report how well its topics match
 *     (doubles the LDA time). Default false.
 */
public record QualityConfig(double relevanceLambda, boolean stability) {
  public static final double DEFAULT_RELEVANCE_LAMBDA = 0.6;

  public QualityConfig {
    if (!(relevanceLambda >= 0 && relevanceLambda <= 1)) {
      throw new IllegalArgumentException("--relevance-lambda must be in [0, 1], got " + relevanceLambda);
    }
  }

  public static QualityConfig defaults() {
    return new QualityConfig(DEFAULT_RELEVANCE_LAMBDA, false);
  }
}
