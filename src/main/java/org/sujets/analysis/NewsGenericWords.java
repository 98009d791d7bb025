package org.sujets.analysis;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;

/**
 * Words French news uses whatever the subject (<i>explique, grand, dernier, point, mettre en
 * place, france</i>), and the days and months ({@link CalendarWords}): in a topic's top words
 * they crowd out the words that say what it is about. The list is shipped as {@code
 * news-generic-fr.txt}, one reviewed word per line with the reasons in its header. The
 * vocabulary leaves their terms out; the text, the phrases made with them and the near-duplicate
 * shingles keep them.
 */
public final class NewsGenericWords {
  static final String RESOURCE = "news-generic-fr.txt";

  private NewsGenericWords() {}

  /**
   * The terms {@code analyzer} (the run's) makes of the listed words and the calendar words,
   * sorted. A word the analyzer drops (a stop word) gives none.
   */
  public static Set<String> terms(Analyzer analyzer) {
    Set<String> terms = new TreeSet<>(CalendarWords.terms(analyzer));
    for (String word : words()) {
      terms.addAll(TextAnalysis.analyze(analyzer, word).terms());
    }
    return terms;
  }

  /** The shipped words, in file order. */
  static List<String> words() {
    return ShippedWordList.read(RESOURCE);
  }
}
