package org.sujets.config;

/**
 * Which terms make the vocabulary. A null field means "choose from the corpus size" (see {@link
 * #resolve(long)}); the values actually used are recorded in run.json.
 *
 * @param vocabSize keep at most this many terms, the most frequent over the corpus. Default
 *     (auto): {@value #DEFAULT_VOCAB_SIZE}. Range: ≥ 1.
 * @param minDf drop terms that occur in fewer articles than this: a count when ≥ 1, a fraction of
 *     the articles when in (0, 1). Default (auto): 1 below 100 articles, 2 below 1,000, else 5.
 * @param maxDf drop terms that occur in more articles than this: a fraction of the articles when
 *     ≤ 1 (1.0 = no limit), a count when > 1. Default (auto): 1.0 below 20 articles, else 0.5 — on
 *     a small corpus about one story, its main names are in every article and must stay. (Spark's
 *     CountVectorizer reads 1.0 as "one article"; {@link #sparkMaxDf()} translates.)
 * @param genericWords keep the news-generic words ({@link org.sujets.analysis.NewsGenericWords})
 *     in the vocabulary. Default false: they are left out, so out of the topics and keywords.
 */
public record VocabularyConfig(Integer vocabSize, Double minDf, Double maxDf, boolean genericWords) {
  /** The vocabulary size when none is given. */
  public static final int DEFAULT_VOCAB_SIZE = 100_000;

  /** Every field chosen from the corpus size. */
  public static VocabularyConfig auto() {
    return new VocabularyConfig(null, null, null);
  }

  /** These bounds, the news-generic words left out (the default). */
  public VocabularyConfig(Integer vocabSize, Double minDf, Double maxDf) {
    this(vocabSize, minDf, maxDf, false);
  }

  public VocabularyConfig {
    if (vocabSize != null && vocabSize < 1) {
      throw new IllegalArgumentException("--vocab-size must be ≥ 1, got " + vocabSize);
    }
    if (minDf != null && !(minDf > 0)) {
      throw new IllegalArgumentException(
          "--min-df must be > 0 (a count ≥ 1 or a fraction in (0,1)), got " + minDf);
    }
    if (maxDf != null && !(maxDf > 0)) {
      throw new IllegalArgumentException(
          "--max-df must be > 0 (a fraction ≤ 1 or a count > 1), got " + maxDf);
    }
    // Both counts or both fractions: comparable before the corpus is known.
    if (minDf != null && maxDf != null && ((minDf >= 1 && maxDf > 1) || (minDf < 1 && maxDf <= 1))
        && maxDf < minDf) {
      throw new IllegalArgumentException(
          "--max-df " + fmt(maxDf) + " is below --min-df " + fmt(minDf) + ": no term could be kept");
    }
  }

  /**
   * The settings for a corpus of {@code articles} articles, every auto field filled in.
   *
   * @throws IllegalArgumentException when min-df exceeds the number of articles or max-df, which
   *     would leave an empty vocabulary
   */
  public VocabularyConfig resolve(long articles) {
    int size = vocabSize != null ? vocabSize : DEFAULT_VOCAB_SIZE;
    double min = minDf != null ? minDf : (articles < 100 ? 1 : articles < 1_000 ? 2 : 5);
    double max = maxDf != null ? maxDf : (articles < 20 ? 1.0 : 0.5);
    double minCount = min >= 1 ? min : min * articles;
    double maxCount = max > 1 ? max : max * articles;
    if (minCount > articles) {
      throw new IllegalArgumentException(
          "--min-df " + fmt(min) + " is more than the " + articles
              + " articles of the corpus: no term could be kept; lower --min-df");
    }
    if (maxCount < minCount) {
      throw new IllegalArgumentException(
          "--max-df " + fmt(max) + " (" + fmt(maxCount) + " articles) is below --min-df "
              + fmt(min) + " (" + fmt(minCount) + " articles): no term could be kept");
    }
    return new VocabularyConfig(size, min, max, genericWords);
  }

  /** max-df as Spark's CountVectorizer reads it: a fraction below 1, a count from 1 up. */
  public double sparkMaxDf() {
    return maxDf > 1 || maxDf < 1 ? maxDf : (double) Long.MAX_VALUE;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
