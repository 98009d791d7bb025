package org.sujets.config;

import java.util.List;
import java.util.Objects;
import org.sujets.analysis.Stemmer;
import org.sujets.features.FrenchNewsTokenizer;

/**
 * How text becomes terms. The stop-word file is read by the caller (I/O at the edge); this record
 * holds its words.
 *
 * @param stemmer light, minimal, snowball or none. Default {@value
 *     FrenchNewsTokenizer#DEFAULT_STEMMER}.
 * @param extraStopWords words to drop on top of the built-in French and news stop words
 * @param minTokenLength shortest token kept, in characters. Default {@value
 *     FrenchNewsTokenizer#DEFAULT_MIN_TOKEN_LENGTH}. Range 1–20.
 */
public record AnalysisConfig(Stemmer stemmer, List<String> extraStopWords, int minTokenLength) {
  public AnalysisConfig {
    Objects.requireNonNull(stemmer, "stemmer");
    extraStopWords = List.copyOf(extraStopWords);
    if (minTokenLength < 1 || minTokenLength > 20) {
      throw new IllegalArgumentException("--min-token-length must be between 1 and 20, got " + minTokenLength);
    }
  }

  public static AnalysisConfig defaults() {
    return new AnalysisConfig(Stemmer.parse(FrenchNewsTokenizer.DEFAULT_STEMMER), List.of(),
        FrenchNewsTokenizer.DEFAULT_MIN_TOKEN_LENGTH);
  }
}
