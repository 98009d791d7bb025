package org.sujets.config;

import org.sujets.features.BoilerplateParams;
import org.sujets.features.PhraseParams;

/**
 * Text clean-up and term improvements applied before the vocabulary.
 *
 * <p>The defaults are the stages' ({@link BoilerplateParams}, {@link PhraseParams}); the command
 * line uses the same constants.
 *
 * @param boilerplate remove web boilerplate lines before analysis (learned per source, plus the
 *     built-in French patterns and reader comments). Default {@value #DEFAULT_BOILERPLATE}.
 * @param boilerplateMinArticles a line is learned as boilerplate when it occurs in at least this
 *     many articles of one source. Default {@value BoilerplateParams#DEFAULT_MIN_ARTICLES}, ≥ 2.
 * @param boilerplateMinShare ... and in at least this share of that source's articles. Default
 *     {@value BoilerplateParams#DEFAULT_MIN_SHARE}, in [0, 1].
 * @param phrases join French phrases ({@code corée du nord}) into single terms. Default {@value
 *     #DEFAULT_PHRASES}.
 * @param phraseMinCount fewest occurrences of a phrase. Default {@value
 *     PhraseParams#DEFAULT_MIN_COUNT}, ≥ 1.
 * @param phraseThreshold lowest NPMI of a phrase. Default {@value PhraseParams#DEFAULT_THRESHOLD},
 *     in [-1, 1].
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
  /** Whether boilerplate is removed unless asked otherwise. */
  public static final boolean DEFAULT_BOILERPLATE = true;
  /** Whether phrases are joined unless asked otherwise. */
  public static final boolean DEFAULT_PHRASES = true;

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
    return new CleanupConfig(DEFAULT_BOILERPLATE, BoilerplateParams.DEFAULT_MIN_ARTICLES,
        BoilerplateParams.DEFAULT_MIN_SHARE, DEFAULT_PHRASES, PhraseParams.DEFAULT_MIN_COUNT,
        PhraseParams.DEFAULT_THRESHOLD);
  }
}
