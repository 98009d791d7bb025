package org.sujets.cli;

import org.sujets.config.LdaConfig;
import org.sujets.config.LdaOptimizer;
import org.sujets.config.LdaStart;
import picocli.CommandLine.Option;

/** How LDA fits topics ({@code run}, {@code tune}); the number of topics is {@link TopicsOption}. */
public final class LdaOptions {
  @Option(names = "--iterations", paramLabel = "N",
      description = "LDA iterations, 1–10000. Default: 50 (online), 40 (em).")
  Integer iterations;

  @Option(names = "--optimizer", defaultValue = "online", description = "LDA optimizer: online or em.")
  String optimizer;

  @Option(names = "--seed", defaultValue = "" + LdaConfig.DEFAULT_SEED,
      description = "Random seed: same seed and input give the same topics.")
  long seed;

  @Option(names = "--alpha", paramLabel = "A",
      description = "Document–topic prior (docConcentration), > 0 (> 1 for em). Default: Spark's (1/k, learned, for online).")
  Double alpha;

  @Option(names = "--beta", paramLabel = "B",
      description = "Topic–word prior (topicConcentration), > 0 (> 1 for em). Default: Spark's (1/k online, 1.1 em).")
  Double beta;

  @Option(names = "--subsampling-rate", paramLabel = "R",
      description = "Share of articles per online mini-batch, (0,1]. Default: 1.0 up to 2,000 articles,"
          + " else max(0.05, 5/iterations).")
  Double subsamplingRate;

  @Option(names = "--learning-offset", paramLabel = "TAU0",
      description = "Online LDA τ0, > 0: larger values damp the first iterations. Default: 1 when"
          + " mini-batches are the whole corpus, else 16.")
  Double learningOffset;

  @Option(names = "--learning-decay", paramLabel = "KAPPA",
      description = "Online LDA κ, (0.5, 1]: how fast the step size shrinks. Default: "
          + LdaConfig.DEFAULT_LEARNING_DECAY + ".")
  Double learningDecay;

  @Option(names = "--lda-start", paramLabel = "S", defaultValue = "seeded",
      description = "Where online LDA's topics start: seeded (k-means on a sample of articles; no dead"
          + " or merged topics) or random (Spark's near-uniform start). Default: seeded.")
  String ldaStart;

  /**
   * @param k the number of topics, or null for the size rule
   * @throws IllegalArgumentException for a value out of range, naming the option
   */
  LdaConfig ldaConfig(Integer k) {
    return new LdaConfig(k, iterations, LdaOptimizer.parse(optimizer), seed, alpha, beta, subsamplingRate,
        learningOffset, learningDecay, LdaStart.parse(ldaStart));
  }
}
