package org.sujets.analysis;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The serializable recipe for a {@link FrenchNewsAnalyzer}. Spark ships this record to the
 * executors, which build their own analyzer from it; the analyzer itself is never serialized.
 *
 * @param stemmer the stemming step at the end of the chain. Default {@link Stemmer#LIGHT}; must
 *     not be null.
 * @param extraStopWords words removed in addition to {@link FrenchNewsStopWords#defaults()}, for
 *     example a newspaper's own boilerplate. Default empty. Each entry is trimmed, lowercased
 *     ({@link Locale#ROOT}), NFC-normalised, with typographic apostrophes folded to {@code '}
 *     (as the analyzer does to the text); blank entries and duplicates are dropped. Entries are
 *     matched against whole lowercase tokens after elision, so {@code l'état} can never match
 *     while {@code état} does. Must not be null nor contain null.
 * @param minTokenLength tokens shorter than this many UTF-16 chars are dropped. Default 2 (drops
 *     the {@code M} of {@code M. Kim}); valid range 1..20.
 */
public record AnalyzerSpec(Stemmer stemmer, List<String> extraStopWords, int minTokenLength)
    implements Serializable {

  /** Smallest accepted {@link #minTokenLength()}. */
  public static final int MIN_TOKEN_LENGTH_FLOOR = 1;

  /** Largest accepted {@link #minTokenLength()}: beyond it almost every word would go. */
  public static final int MIN_TOKEN_LENGTH_CEILING = 20;

  public AnalyzerSpec {
    Objects.requireNonNull(stemmer, "stemmer");
    extraStopWords = normalize(Objects.requireNonNull(extraStopWords, "extraStopWords"));
    if (minTokenLength < MIN_TOKEN_LENGTH_FLOOR || minTokenLength > MIN_TOKEN_LENGTH_CEILING) {
      throw new IllegalArgumentException(
          "minTokenLength must be in "
              + MIN_TOKEN_LENGTH_FLOOR
              + ".."
              + MIN_TOKEN_LENGTH_CEILING
              + ", was "
              + minTokenLength);
    }
  }

  /** The default recipe: light stemming, no extra stop words, tokens of at least 2 chars. */
  public static AnalyzerSpec defaults() {
    return new AnalyzerSpec(Stemmer.LIGHT, List.of(), 2);
  }

  private static List<String> normalize(List<String> words) {
    return List.copyOf(
        words.stream()
            .map(word -> Objects.requireNonNull(word, "extraStopWords contains null"))
            .map(word -> word.trim().toLowerCase(Locale.ROOT))
            .map(word -> Normalizer.normalize(word, Normalizer.Form.NFC))
            .map(TypographicChars::foldApostrophes)
            .filter(word -> !word.isBlank())
            .distinct()
            .collect(Collectors.toList()));
  }
}
