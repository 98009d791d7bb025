package org.sujets.analysis;

import java.util.Locale;

/**
 * The stemming step that closes a {@link FrenchNewsAnalyzer} chain.
 *
 * <ul>
 *   <li>{@link #LIGHT} (default): Lucene {@code FrenchLightStemFilter} (Savoy's light stemmer;
 *       it also folds the accents of stems longer than four letters, so {@code coréen} and {@code
 *       coreen} meet, but {@code état} and {@code etat} stay apart).
 *   <li>{@link #MINIMAL}: Lucene {@code FrenchMinimalStemFilter}, plurals only.
 *   <li>{@link #SNOWBALL}: Snowball's French stemmer, the most aggressive.
 *   <li>{@link #NONE}: no stemming; terms are the surface forms.
 * </ul>
 */
public enum Stemmer {
  LIGHT,
  MINIMAL,
  SNOWBALL,
  NONE;

  /**
   * Parses a stemmer name as written on a command line, ignoring case and surrounding blanks.
   *
   * @throws IllegalArgumentException if the name is null or not one of the four options
   */
  public static Stemmer parse(String name) {
    if (name != null) {
      String key = name.trim().toUpperCase(Locale.ROOT);
      for (Stemmer stemmer : values()) {
        if (stemmer.name().equals(key)) {
          return stemmer;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown stemmer '" + name + "': use light, minimal, snowball or none");
  }
}
