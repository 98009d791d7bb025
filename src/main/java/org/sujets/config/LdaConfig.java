package org.sujets.config;

import java.util.Objects;

/**
 * How topics are fitted (Spark MLlib LDA). A null field means "choose from the corpus size" (see
 * {@link #resolve(long)}); the values actually used are recorded in run.json.
 *
 * @param topics number of topics k. Default (auto): articles / 10, between 2 and 20. Range: 2 to
 *     1,000, and at most the number of articles.
 * @param iterations LDA iterations. Default (auto), online: 50 full passes up to 2,000 articles;
 *     beyond, 100 mini-batches of 5 % of the articles (5 passes). Many small steps beat few large
 *     ones at the same cost: on OrangeSum (k = 20) mean NPMI 0.193 against 0.151 for 50 × 10 %, on
 *     a synthetic corpus with known topics recovery 0.845 against 0.790 (bench/quality/sweep.sh).
 *     EM: 40. Range: 1 to 10,000.
 * @param optimizer online (default) or em.
 * @param seed random seed; the same seed and input give the same topics. Default {@value #DEFAULT_SEED}.
 * @param docConcentration symmetric Dirichlet prior α on per-article topic mixtures. Default
 *     (auto): Spark's, 1/k for online, then learned from the data (one α per topic); 50/k + 1 for
 *     EM. A given value is kept fixed. Range: > 0 (> 1 for EM).
 * @param topicConcentration symmetric Dirichlet prior β on per-topic word distributions. Default
 *     (auto): Spark's, 1/k for online, 1.1 for EM. Range: > 0 (> 1 for EM).
 * @param subsamplingRate share of the articles in each online mini-batch. Default (auto): 1.0 up
 *     to 2,000 articles, else max(0.05, 5 / iterations) so that iterations × rate ≥ 5 passes, but
 *     mini-batches of at most {@value #MAX_BATCH_ARTICLES} articles as long as that leaves at least
 *     {@value #MIN_PASSES} passes (from 400,000 articles at 100 iterations; 2 passes from a
 *     million). A larger batch only estimates the same step more exactly: on 100,000 generated
 *     articles 2 passes in batches of 2,000 scored 0.203 NPMI against 0.204 for 5 passes in
 *     batches of 5,000, and a million articles' LDA took half the run. Range: (0, 1]. Online only;
 *     iterations × rate must be ≥ 1 or some articles are never seen.
 * @param learningOffset online τ0: how much early iterations are down-weighted; the step of
 *     iteration t is (τ0 + t)^−κ. Default (auto): 1 when each mini-batch is the whole corpus (the
 *     first steps then replace the random start instead of nudging it), else 16 (first step 0.24,
 *     last 0.09). Spark's own default, 1024, is tuned for endless streams and leaves a finite
 *     corpus near its random start (OrangeSum: one topic takes 87 % of the articles). Range: > 0.
 * @param learningDecay online κ. Default {@value #DEFAULT_LEARNING_DECAY} (Spark's). Range: (0.5, 1].
 * @param start where online LDA's topics start: seeded (default: spherical k-means on a sample of
 *     articles, see {@code topics.SeededOnlineLda}) or random (Spark's near-uniform Gamma(100,
 *     1/100) start). From the random start a few topics lose the early race for good: on the
 *     synthetic 20k-article corpus with 20 known topics 2 topics end near-empty and 2 merge two
 *     subjects each, recovery of the true top words 0.845; seeded, recovery 0.995 (sweep) and
 *     1.000 end to end, every topic found. On OrangeSum (k = 20) mean NPMI 0.216 against 0.193,
 *     no topic under 1 % of the articles (2 before), at the same LDA time (bench/quality/sweep.sh).
 *     Null for EM, which has its own start.
 */
public record LdaConfig(
    Integer topics,
    Integer iterations,
    LdaOptimizer optimizer,
    long seed,
    Double docConcentration,
    Double topicConcentration,
    Double subsamplingRate,
    Double learningOffset,
    Double learningDecay,
    LdaStart start) {

  public static final long DEFAULT_SEED = 42L;
  /** Online LDA's κ when none is given: Spark's. */
  public static final double DEFAULT_LEARNING_DECAY = 0.51;
  /** Up to this many articles, online LDA's mini-batch is the whole corpus. */
  public static final int FULL_BATCH_ARTICLES = 2_000;
  /** Online mini-batches grow no larger than this many articles by default... */
  public static final int MAX_BATCH_ARTICLES = 20_000;
  /** ... unless that would leave fewer passes over the corpus than this. */
  public static final int MIN_PASSES = 2;

  public LdaConfig {
    Objects.requireNonNull(optimizer, "optimizer");
    if (topics != null && (topics < 2 || topics > 1_000)) {
      throw new IllegalArgumentException("--topics must be between 2 and 1000, got " + topics);
    }
    if (iterations != null && (iterations < 1 || iterations > 10_000)) {
      throw new IllegalArgumentException(
          "--iterations must be between 1 and 10000, got " + iterations);
    }
    if (docConcentration != null && !(docConcentration > 0)) {
      throw new IllegalArgumentException("--alpha must be > 0, got " + docConcentration);
    }
    if (topicConcentration != null && !(topicConcentration > 0)) {
      throw new IllegalArgumentException("--beta must be > 0, got " + topicConcentration);
    }
    if (optimizer == LdaOptimizer.EM) {
      if (docConcentration != null && docConcentration <= 1) {
        throw new IllegalArgumentException(
            "--alpha must be > 1 with --optimizer em (Spark's EM needs it), got " + docConcentration);
      }
      if (topicConcentration != null && topicConcentration <= 1) {
        throw new IllegalArgumentException(
            "--beta must be > 1 with --optimizer em, got " + topicConcentration);
      }
    }
    if (subsamplingRate != null && !(subsamplingRate > 0 && subsamplingRate <= 1)) {
      throw new IllegalArgumentException(
          "--subsampling-rate must be in (0, 1], got " + subsamplingRate);
    }
    if (learningOffset != null && !(learningOffset > 0)) {
      throw new IllegalArgumentException("--learning-offset must be > 0, got " + learningOffset);
    }
    if (learningDecay != null && !(learningDecay > 0.5 && learningDecay <= 1)) {
      throw new IllegalArgumentException("--learning-decay must be in (0.5, 1], got " + learningDecay);
    }
    if (subsamplingRate != null && iterations != null && optimizer == LdaOptimizer.ONLINE
        && iterations * subsamplingRate < 1) {
      throw new IllegalArgumentException(
          "--iterations × --subsampling-rate = " + iterations * subsamplingRate
              + " < 1: online LDA would not see every article once; raise either");
    }
  }

  /** The default mini-batch share (see the record's doc). */
  private static double autoRate(long articles, int iterations) {
    if (articles <= FULL_BATCH_ARTICLES) {
      return 1.0;
    }
    double fivePasses = Math.min(1.0, Math.max(0.05, 5.0 / iterations));
    double capped = Math.max((double) MAX_BATCH_ARTICLES / articles, (double) MIN_PASSES / iterations);
    return Math.min(fivePasses, capped);
  }

  /** All settings chosen from the corpus size. */
  public static LdaConfig auto() {
    return new LdaConfig(null, null, LdaOptimizer.ONLINE, DEFAULT_SEED, null, null, null, null, null, null);
  }

  /**
   * The settings for a corpus of {@code articles} articles, topics, iterations and subsampling
   * filled in (the priors stay null when Spark's defaults apply).
   *
   * @throws IllegalArgumentException when more topics are asked than there are articles
   */
  public LdaConfig resolve(long articles) {
    if (topics != null && topics > articles) {
      throw new IllegalArgumentException(
          "--topics " + topics + " is more than the " + articles
              + " articles left to model; ask for at most " + Math.max(2, articles) + " topics");
    }
    int k = topics != null ? topics : (int) Math.max(2, Math.min(20, articles / 10));
    int iters = iterations != null ? iterations
        : optimizer == LdaOptimizer.EM ? 40 : articles <= FULL_BATCH_ARTICLES ? 50 : 100;
    Double rate = null;
    Double offset = null;
    Double decay = null;
    LdaStart from = null;
    if (optimizer == LdaOptimizer.ONLINE) {
      rate = subsamplingRate != null ? subsamplingRate : autoRate(articles, iters);
      if (iters * rate < 1) {
        rate = 1.0 / iters;
      }
      offset = learningOffset != null ? learningOffset : (rate >= 1.0 ? 1.0 : 16.0);
      decay = learningDecay != null ? learningDecay : DEFAULT_LEARNING_DECAY;
      from = start != null ? start : LdaStart.SEEDED;
    }
    return new LdaConfig(
        k, iters, optimizer, seed, docConcentration, topicConcentration, rate, offset, decay, from);
  }
}
