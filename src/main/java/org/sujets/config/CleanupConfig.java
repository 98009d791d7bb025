package org.sujets.config;

/**
 * Text clean-up and term improvements applied before the vocabulary.
 *
 * @param boilerplate remove web boilerplate lines before analysis (learned per source, plus the
 *     built-in French patterns and reader comments). Default true.
 * @param boilerplateMinArticles a line is learned as boilerplate when it occurs in at least this
 *     many articles of one source. Default 5, ≥ 2.
 * @param boilerplateMinShare ... and in at least this share of that source's articles. Default
 *     0.01, in [0, 1].
 * @param phrases join French phrases ({@code corée du nord}) into single terms. Default true.
 * @param phraseMinCount fewest occurrences of a phrase. Default 10, ≥ 1.
 * @param phraseThreshold lowest NPMI of a phrase. Default 0.5, in [-1, 1].
 * @param dedup near-duplicate detection, see {@link DedupConfig}.
 */
public record CleanupConfig(
    boolean boilerplate,
    int boilerplateMinArticles,
    double boilerplateMinShare,
    boolean phrases,
    int phraseMinCount,
    double phraseThreshold,
    DedupConfig dedup) {
  public CleanupConfig {
    java.util.Objects.requireNonNull(dedup, "dedup");
    if (boilerplateMinArticles < 2) {
      throw new IllegalArgumentException("--boilerplate-min-articles must be at least 2, got " + boilerplateMinArticles);
    }
    if (!(boilerplateMinShare >= 0 && boilerplateMinShare <= 1)) {
      throw new IllegalArgumentException("--boilerplate-min-share must be in [0, 1], got " + boilerplateMinShare);
    }
    if (phraseMinCount < 1) {
      throw new IllegalArgumentException("--phrase-min-count must be at least 1, got " + phraseMinCount);
    }
    if (!(phraseThreshold >= -1 && phraseThreshold <= 1)) {
      throw new IllegalArgumentException("--phrase-threshold must be in [-1, 1], got " + phraseThreshold);
    }
  }

  /** With the default near-duplicate detection. */
  public CleanupConfig(boolean boilerplate, int boilerplateMinArticles, double boilerplateMinShare, boolean phrases,
      int phraseMinCount, double phraseThreshold) {
    this(boilerplate, boilerplateMinArticles, boilerplateMinShare, phrases, phraseMinCount, phraseThreshold,
        DedupConfig.defaults());
  }

  public static CleanupConfig defaults() {
    return new CleanupConfig(true, 5, 0.01, true, 10, 0.5);
  }
}
