package org.sujets.config;

import java.util.List;
import java.util.Objects;
import org.sujets.analysis.Stemmer;

/**
 * How text becomes terms. The stop-word file is read by the caller (I/O at the edge); this record
 * holds its words.
 *
 * @param stemmer light (default), minimal, snowball or none
 * @param extraStopWords words to drop on top of the built-in French and news stop words
 * @param minTokenLength shortest token kept, in characters. Default 2. Range 1–20.
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
    return new AnalysisConfig(Stemmer.LIGHT, List.of(), 2);
  }
}
