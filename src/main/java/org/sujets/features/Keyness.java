package org.sujets.features;

import java.util.Set;
import org.sujets.analysis.ReferenceFrequencies;

/**
 * How much more an archive is about a term than general French is: the corpus keywords' score.
 *
 * <p>What counts is a term's <em>repeat mentions</em>: its occurrences beyond the first in each
 * article that uses it. An article names the day it happened once, and uses <i>grand</i> or
 * <i>dernier</i> in passing; it comes back to its subject again and again. Those repeats, per
 * million words of the archive, are compared with the term's frequency in general French ({@link
 * ReferenceFrequencies}) by Kilgarriff's "simple maths" ratio, (archive + n) / (reference + n),
 * where the smoothing n = {@value #SMOOTHING_PER_MILLION} per million keeps words that are rare
 * in both from topping the list. Plain counts against a reference would put the weekdays first
 * (news uses them ten to forty times more than general French); TF-IDF alone cannot see a word
 * that every article of the archive uses (its IDF is 0). Weekdays and months are left out
 * ({@link org.sujets.analysis.CalendarWords}): they say when, not what.
 */
public final class Keyness {
  /** Kilgarriff's smoothing, in occurrences per million words: favours common over rare terms. */
  public static final double SMOOTHING_PER_MILLION = 10;

  private Keyness() {}

  /**
   * One score per vocabulary index; 0 for a term no article repeats.
   *
   * @param occurrences the term's occurrences in the archive
   * @param articles the number of articles that use the term
   * @param terms the vocabulary terms, as the analyzer made them (a phrase is its terms joined
   *     by spaces: unlisted in the reference)
   * @param excluded terms never scored (the {@link org.sujets.analysis.CalendarWords})
   */
  public static double[] scores(double[] occurrences, double[] articles, String[] terms,
      ReferenceFrequencies reference, Set<String> excluded) {
    double total = 0;
    for (double count : occurrences) {
      total += count;
    }
    double[] scores = new double[terms.length];
    for (int i = 0; i < terms.length && total > 0; i++) {
      double repeats = occurrences[i] - articles[i];
      if (repeats > 0 && !excluded.contains(terms[i])) {
        double perMillion = repeats / total * 1e6;
        scores[i] = (perMillion + SMOOTHING_PER_MILLION)
            / (reference.perMillion(terms[i]) + SMOOTHING_PER_MILLION);
      }
    }
    return scores;
  }
}
