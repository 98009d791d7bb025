package org.sujets.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words a report needs to re-rank each topic's words by LDAvis relevance at any λ of a grid
 * (a slider) and to score topics for a query: for each topic, the union over λ = 0, 0.1, …, 1 of
 * its {@code perTopic} most relevant words; for each of those words, p(w) and p(w|t) in every
 * topic. Bounded by k × 11 × perTopic words, whatever the vocabulary.
 *
 * @param words the readable words, in order of first appearance (topic 1's first)
 * @param corpus p(w) of each word over the modelled articles
 * @param byTopic p(w|t): byTopic[rank][i] is the probability of words[i] in the topic at rank
 * @param candidates candidates[rank] lists the indices (into {@code words}) of that topic's words
 * @param lambda the run's relevance λ, with which its labels were made (where a slider starts)
 */
public record RelevanceWords(
    List<String> words, double[] corpus, double[][] byTopic, int[][] candidates, double lambda) {
  /** The λ grid: the slider's stops, 0 to 1 by 0.1. */
  public static final int GRID_STEPS = 10;

  public RelevanceWords {
    words = List.copyOf(words);
  }

  /** No words: a run without topics, or a report built without the model's distributions. */
  public static RelevanceWords none() {
    return new RelevanceWords(List.of(), new double[0], new double[0][], new int[0][], 0.6);
  }

  /**
   * @param distributions p(w|t) by rank, over the vocabulary
   * @param corpus p(w) over the vocabulary
   * @param readable the readable word of each vocabulary index
   * @param lambda the run's λ
   * @param perTopic how many words the report shows at one λ
   */
  public static RelevanceWords of(
      double[][] distributions, double[] corpus, String[] readable, double lambda, int perTopic) {
    Map<Integer, Integer> place = new LinkedHashMap<>();
    int[][] candidates = new int[distributions.length][];
    for (int rank = 0; rank < distributions.length; rank++) {
      List<Integer> mine = new ArrayList<>();
      for (int step = 0; step <= GRID_STEPS; step++) {
        for (int w : Relevance.top(distributions[rank], corpus, step / (double) GRID_STEPS, perTopic)) {
          Integer at = place.computeIfAbsent(w, x -> place.size());
          if (!mine.contains(at)) {
            mine.add(at);
          }
        }
      }
      candidates[rank] = mine.stream().mapToInt(Integer::intValue).toArray();
    }
    int[] terms = place.keySet().stream().mapToInt(Integer::intValue).toArray();
    double[][] byTopic = new double[distributions.length][terms.length];
    double[] p = new double[terms.length];
    List<String> words = new ArrayList<>();
    for (int i = 0; i < terms.length; i++) {
      words.add(readable[terms[i]]);
      p[i] = corpus[terms[i]];
      for (int rank = 0; rank < distributions.length; rank++) {
        byTopic[rank][i] = distributions[rank][terms[i]];
      }
    }
    return new RelevanceWords(words, p, byTopic, candidates, lambda);
  }
}
