package org.sujets.analysis;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The tokens of one text, as parallel lists of equal length.
 *
 * @param terms what the stemmer produced, for counting and modelling (equal to {@code surfaces}
 *     when the stemmer is {@link Stemmer#NONE})
 * @param surfaces the same tokens before stemming: lowercase words with their accents, for
 *     display
 * @param startOffsets where each token starts in the analysed text (a char index; an elided
 *     article is part of its token, so {@code l'État} starts at the {@code l})
 * @param endOffsets where each token ends in the analysed text (exclusive)
 * @param positionIncrements Lucene position increment of each token: 1 for the next word, more
 *     when stop words or non-words were removed in between
 */
public record AnalyzedText(
    List<String> terms,
    List<String> surfaces,
    List<Integer> startOffsets,
    List<Integer> endOffsets,
    List<Integer> positionIncrements) {

  public AnalyzedText {
    terms = List.copyOf(Objects.requireNonNull(terms, "terms"));
    surfaces = List.copyOf(Objects.requireNonNull(surfaces, "surfaces"));
    startOffsets = List.copyOf(Objects.requireNonNull(startOffsets, "startOffsets"));
    endOffsets = List.copyOf(Objects.requireNonNull(endOffsets, "endOffsets"));
    positionIncrements = List.copyOf(Objects.requireNonNull(positionIncrements, "positionIncrements"));
    int n = terms.size();
    if (surfaces.size() != n || startOffsets.size() != n || endOffsets.size() != n
        || positionIncrements.size() != n) {
      throw new IllegalArgumentException(
          "token lists differ in length: terms " + n + ", surfaces " + surfaces.size()
              + ", offsets " + startOffsets.size() + "/" + endOffsets.size()
              + ", increments " + positionIncrements.size());
    }
  }

  /** Terms and surfaces without position information (offsets 0, increments 1). */
  public AnalyzedText(List<String> terms, List<String> surfaces) {
    this(terms, surfaces, Collections.nCopies(terms.size(), 0), Collections.nCopies(terms.size(), 0),
        Collections.nCopies(terms.size(), 1));
  }
}
