package org.sujets.job;

/**
 * A guided topic none of whose seed words is in the run's vocabulary: a mistake in the seed-words
 * file (or a vocabulary too small for it), known only once the vocabulary is, and reported as a
 * usage error (exit 2) naming the file, the line and the words.
 */
public final class SeedWordsNotInVocabulary extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  SeedWordsNotInVocabulary(String message) {
    super(message);
  }
}
