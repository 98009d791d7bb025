package org.sujets.config;

/**
 * Near-duplicate detection (wire copy published several times), see {@code NearDuplicateDetector}.
 *
 * @param enabled find clusters of near-duplicates, write duplicates.csv and fit LDA on one
 *     article per cluster (every article still gets topic shares). Default true.
 * @param threshold lowest Jaccard similarity of two articles' shingle sets. Default 0.5, in (0, 1].
 * @param shingleSize consecutive analysed terms per shingle. Default 5, in [1, 20].
 * @param hashTables MinHash tables. Default 5, in [1, 100].
 */
public record DedupConfig(boolean enabled, double threshold, int shingleSize, int hashTables) {
  public DedupConfig {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("--dedup-threshold must be in (0, 1], got " + threshold);
    }
    if (shingleSize < 1 || shingleSize > 20) {
      throw new IllegalArgumentException("--dedup-shingle-size must be in [1, 20], got " + shingleSize);
    }
    if (hashTables < 1 || hashTables > 100) {
      throw new IllegalArgumentException("--dedup-hash-tables must be in [1, 100], got " + hashTables);
    }
  }

  public static DedupConfig defaults() {
    return new DedupConfig(true, 0.5, 5, 5);
  }
}
