package org.sujets.analysis;

import java.util.List;
import java.util.Objects;

/**
 * The tokens of one text, as two parallel lists of equal length.
 *
 * @param terms what the stemmer produced, for counting and modelling (equal to {@code surfaces}
 *     when the stemmer is {@link Stemmer#NONE})
 * @param surfaces the same tokens before stemming: lowercase words with their accents, for
 *     display
 */
public record AnalyzedText(List<String> terms, List<String> surfaces) {

  public AnalyzedText {
    terms = List.copyOf(Objects.requireNonNull(terms, "terms"));
    surfaces = List.copyOf(Objects.requireNonNull(surfaces, "surfaces"));
    if (terms.size() != surfaces.size()) {
      throw new IllegalArgumentException(
          "terms and surfaces differ in length: " + terms.size() + " vs " + surfaces.size());
    }
  }
}
