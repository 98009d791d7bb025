package org.sujets.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sujets.report.LearnedPhrase;

/**
 * phrases.json's list: the learned phrases that made the vocabulary, readable, most widespread
 * first. Bounded by the vocabulary; phrases pruned by --min-df/--max-df are left out.
 */
final class LearnedPhrases {
  private LearnedPhrases() {}

  /**
   * @param phraseTerms the phrase stage's unit terms
   * @param vocabulary the vocabulary's terms
   * @param readable readable word of each vocabulary index
   * @param documentFrequency articles containing each vocabulary term (Spark's IDFModel.docFreq)
   */
  static List<LearnedPhrase> of(String[] phraseTerms, String[] vocabulary, String[] readable, long[] documentFrequency) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < vocabulary.length; i++) {
      index.put(vocabulary[i], i);
    }
    List<LearnedPhrase> phrases = new ArrayList<>();
    for (String term : phraseTerms) {
      Integer at = index.get(term);
      if (at != null) {
        phrases.add(new LearnedPhrase(readable[at], documentFrequency[at]));
      }
    }
    phrases.sort(Comparator.comparingLong(LearnedPhrase::articles).reversed().thenComparing(LearnedPhrase::phrase));
    return phrases;
  }
}
