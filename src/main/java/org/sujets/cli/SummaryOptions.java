package org.sujets.cli;

import org.sujets.config.OutputConfig;
import picocli.CommandLine.Option;

/** How large the summaries are: options shared by {@code run} and {@code infer}. */
public final class SummaryOptions {
  @Option(names = "--top-words", defaultValue = "" + OutputConfig.DEFAULT_TOP_WORDS,
      description = "Words listed per topic, 1–200.")
  int topWords;

  @Option(names = "--top-articles", defaultValue = "" + OutputConfig.DEFAULT_TOP_ARTICLES,
      description = "Representative articles per topic, 0–100.")
  int topArticles;

  @Option(names = "--article-keywords", defaultValue = "" + OutputConfig.DEFAULT_ARTICLE_KEYWORDS,
      description = "TF-IDF keywords per article, 0–100.")
  int articleKeywords;

  @Option(names = "--corpus-keywords", defaultValue = "" + OutputConfig.DEFAULT_CORPUS_KEYWORDS,
      description = "Corpus keywords in keywords.json, 1–10000.")
  int corpusKeywords;

  /** The output settings for {@code dir}; validates the sizes. */
  OutputConfig outputConfig(String dir, boolean overwrite, String checkpointDir) {
    return new OutputConfig(dir, overwrite, topWords, topArticles, articleKeywords, corpusKeywords, checkpointDir);
  }
}
