package org.sujets.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * How often general French uses each term, per million words: the reference the corpus keywords'
 * keyness is measured against. Built from a rank list shipped with Sujets ({@code
 * reference-fr.txt}, derived from OpenSubtitles 2024, ODC-BY: see its header), each word's share
 * estimated from its rank by Zipf's law and credited to the term the run's own analyzer makes of
 * it, so that the inflections a stemmer merges add up and stop words drop out as they do in the
 * articles. A term the list does not hold (a rare word, a name, a phrase) gets {@link #unlisted},
 * half the share of the list's last word.
 */
public final class ReferenceFrequencies {
  static final String RESOURCE = "reference-fr.txt";

  private final Map<String, Double> perMillion;
  private final double unlisted;

  private ReferenceFrequencies(Map<String, Double> perMillion, double unlisted) {
    this.perMillion = perMillion;
    this.unlisted = unlisted;
  }

  /** The shipped list, analysed by {@code analyzer} (the run's). */
  public static ReferenceFrequencies forAnalyzer(Analyzer analyzer) {
    return of(shippedWords(), analyzer);
  }

  /** {@code ranked} (most frequent first) analysed by {@code analyzer}. */
  static ReferenceFrequencies of(List<String> ranked, Analyzer analyzer) {
    double harmonic = 0;
    for (int rank = 1; rank <= ranked.size(); rank++) {
      harmonic += 1.0 / rank;
    }
    Map<String, Double> perMillion = new HashMap<>();
    for (int rank = 1; rank <= ranked.size(); rank++) {
      List<String> terms = TextAnalysis.analyze(analyzer, ranked.get(rank - 1)).terms();
      if (terms.size() == 1) { // a stop word gives none; "est-ce" and the like are left out
        perMillion.merge(terms.get(0), 1e6 / (rank * harmonic), Double::sum);
      }
    }
    return new ReferenceFrequencies(perMillion, 1e6 / (2.0 * ranked.size() * harmonic));
  }

  /** Occurrences of {@code term} per million words of general French. */
  public double perMillion(String term) {
    return perMillion.getOrDefault(term, unlisted);
  }

  /** What a term the list does not hold is given. */
  public double unlisted() {
    return unlisted;
  }

  private static List<String> shippedWords() {
    return ShippedWordList.read(RESOURCE);
  }
}
