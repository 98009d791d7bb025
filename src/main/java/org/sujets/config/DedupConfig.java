package org.sujets.config;

import org.sujets.features.NearDuplicateParams;

/**
 * Near-duplicate detection (wire copy published several times), see {@code NearDuplicateDetector}.
 * The defaults are the stage's ({@link NearDuplicateParams}); the command line uses the same
 * constants.
 *
 * @param enabled find clusters of near-duplicates, write duplicates.csv and fit LDA on one
 *     article per cluster (every article still gets topic shares). Default {@value #DEFAULT_ENABLED}.
 * @param threshold lowest Jaccard similarity of two articles' shingle sets. Default {@value
 *     NearDuplicateParams#DEFAULT_THRESHOLD}, in (0, 1].
 * @param shingleSize consecutive analysed terms per shingle. Default {@value
 *     NearDuplicateParams#DEFAULT_SHINGLE_SIZE}, in [1, 20].
 * @param bands bands of the banded MinHash signature: a pair of similarity s is a candidate with
 *     probability 1 − (1 − s^rows)^bands. Default {@value NearDuplicateParams#DEFAULT_BANDS}, in
 *     [1, 500].
 * @param rows MinHash values per band. Default {@value NearDuplicateParams#DEFAULT_ROWS}, in [1, 20].
 */
public record DedupConfig(boolean enabled, double threshold, int shingleSize, int bands, int rows) {
  /** Whether near-duplicates are looked for unless asked otherwise. */
  public static final boolean DEFAULT_ENABLED = true;

  public DedupConfig {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("--dedup-threshold must be in (0, 1], got " + threshold);
    }
    if (shingleSize < 1 || shingleSize > 20) {
      throw new IllegalArgumentException("--dedup-shingle-size must be in [1, 20], got " + shingleSize);
    }
    if (bands < 1 || bands > 500) {
      throw new IllegalArgumentException("--dedup-bands must be in [1, 500], got " + bands);
    }
    if (rows < 1 || rows > 20) {
      throw new IllegalArgumentException("--dedup-rows must be in [1, 20], got " + rows);
    }
  }

  public static DedupConfig defaults() {
    return new DedupConfig(DEFAULT_ENABLED, NearDuplicateParams.DEFAULT_THRESHOLD,
        NearDuplicateParams.DEFAULT_SHINGLE_SIZE, NearDuplicateParams.DEFAULT_BANDS, NearDuplicateParams.DEFAULT_ROWS);
  }
}
