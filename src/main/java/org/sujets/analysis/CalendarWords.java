package org.sujets.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * The days of the week and the months: news repeats them (the day a thing happened, the month of
 * a vote, "le 2 juin... le 11 juin") far more than general French does, yet they say when, not
 * what. The corpus keywords leave them out; they stay in the vocabulary, the topics and the
 * articles' keywords.
 */
public final class CalendarWords {
  static final List<String> WORDS = List.of(
      "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
      "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
      "octobre", "novembre", "décembre");

  private CalendarWords() {}

  /** The terms {@code analyzer} makes of the calendar words (stop words give none). */
  public static Set<String> terms(Analyzer analyzer) {
    Set<String> terms = new HashSet<>();
    for (String word : WORDS) {
      terms.addAll(TextAnalysis.analyze(analyzer, word).terms());
    }
    return terms;
  }
}
