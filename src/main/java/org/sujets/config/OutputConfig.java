package org.sujets.config;

import java.util.Objects;

/**
 * What is written and where.
 *
 * @param dir output folder: a URI ({@code hdfs://}, {@code s3a://}, {@code file:}) or a local path;
 *     written whole or not at all (see {@code storage.OutputFolder})
 * @param overwrite replace a non-empty folder that does not hold a previous Sujets run
 * @param topWords words listed per topic. Default {@value #DEFAULT_TOP_WORDS}. Range 1–200.
 * @param topArticles representative articles listed per topic. Default {@value
 *     #DEFAULT_TOP_ARTICLES}. Range 0–100.
 * @param articleKeywords TF-IDF keywords per article in articles.csv. Default {@value
 *     #DEFAULT_ARTICLE_KEYWORDS}. Range 0–100.
 * @param corpusKeywords corpus-level keywords in keywords.json. Default {@value
 *     #DEFAULT_CORPUS_KEYWORDS}. Range 1–10,000.
 * @param checkpointDir where Spark checkpoints cut lineage (near-duplicate clusters, EM LDA): a
 *     folder every executor sees. Default null: {@code _checkpoints} in the run's staging folder.
 *     The run deletes what it wrote there.
 */
public record OutputConfig(
    String dir,
    boolean overwrite,
    int topWords,
    int topArticles,
    int articleKeywords,
    int corpusKeywords,
    String checkpointDir) {
  public static final int DEFAULT_TOP_WORDS = 15;
  public static final int DEFAULT_TOP_ARTICLES = 5;
  public static final int DEFAULT_ARTICLE_KEYWORDS = 8;
  public static final int DEFAULT_CORPUS_KEYWORDS = 50;

  public OutputConfig {
    Objects.requireNonNull(dir, "output dir");
    if (dir.isBlank()) {
      throw new IllegalArgumentException("--output must not be empty");
    }
    check("--top-words", topWords, 1, 200);
    check("--top-articles", topArticles, 0, 100);
    check("--article-keywords", articleKeywords, 0, 100);
    check("--corpus-keywords", corpusKeywords, 1, 10_000);
  }

  /** Defaults for everything but the folder. */
  public static OutputConfig defaults(String dir, boolean overwrite) {
    return defaults(dir, overwrite, null);
  }

  /** Defaults for everything but the folder and the checkpoint folder. */
  public static OutputConfig defaults(String dir, boolean overwrite, String checkpointDir) {
    return new OutputConfig(dir, overwrite, DEFAULT_TOP_WORDS, DEFAULT_TOP_ARTICLES, DEFAULT_ARTICLE_KEYWORDS,
        DEFAULT_CORPUS_KEYWORDS, checkpointDir);
  }

  private static void check(String option, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          option + " must be between " + min + " and " + max + ", got " + value);
    }
  }
}
