package org.sujets.cli;

import org.sujets.config.VocabularyConfig;
import picocli.CommandLine.Option;

/** Which terms make the vocabulary ({@code run}, {@code tune}); each omitted bound adapts to the corpus size. */
public final class VocabularyOptions {
  @Option(names = "--vocab-size", paramLabel = "N",
      description = "Most frequent terms kept, ≥ 1. Default: " + VocabularyConfig.DEFAULT_VOCAB_SIZE + ".")
  Integer vocabSize;

  @Option(names = "--min-df", paramLabel = "N|F",
      description = "Drop terms in fewer articles: a count ≥ 1 or a fraction < 1."
          + " Default: 1 below 100 articles, 2 below 1,000, else 5.")
  Double minDf;

  @Option(names = "--max-df", paramLabel = "N|F",
      description = "Drop terms in more articles: a fraction ≤ 1 (1 = no limit) or a count > 1."
          + " Default: 1.0 below 20 articles, else 0.5.")
  Double maxDf;

  @Option(names = "--generic-words", defaultValue = "false", arity = "1", paramLabel = "true|false",
      description = "Keep news-generic words (explique, grand, dernier, point, france, weekdays...)"
          + " in the vocabulary, so in topics and keywords. Default: ${DEFAULT-VALUE}.")
  boolean genericWords;

  /** @throws IllegalArgumentException for a bound out of range, naming the option */
  VocabularyConfig vocabularyConfig() {
    return new VocabularyConfig(vocabSize, minDf, maxDf, genericWords);
  }
}
