package org.sujets.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What is written and where.
 *
 * @param dir output folder; written whole or not at all (a temporary sibling is renamed)
 * @param overwrite replace a non-empty folder that does not hold a previous Sujets run
 * @param topWords words listed per topic. Default 15. Range 1–200.
 * @param topArticles representative articles listed per topic. Default 5. Range 0–100.
 * @param articleKeywords TF-IDF keywords per article in articles.csv. Default 8. Range 0–100.
 * @param corpusKeywords corpus-level keywords in keywords.json. Default 50. Range 1–10,000.
 */
public record OutputConfig(
    Path dir,
    boolean overwrite,
    int topWords,
    int topArticles,
    int articleKeywords,
    int corpusKeywords) {

  public OutputConfig {
    Objects.requireNonNull(dir, "output dir");
    check("--top-words", topWords, 1, 200);
    check("--top-articles", topArticles, 0, 100);
    check("--article-keywords", articleKeywords, 0, 100);
    check("--corpus-keywords", corpusKeywords, 1, 10_000);
  }

  /** Defaults for everything but the folder. */
  public static OutputConfig defaults(Path dir, boolean overwrite) {
    return new OutputConfig(dir, overwrite, 15, 5, 8, 50);
  }

  private static void check(String option, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          option + " must be between " + min + " and " + max + ", got " + value);
    }
  }
}
