package org.sujets.topics;

import java.util.List;

/**
 * The fitted topics in the order people see them: guided topics first (as their seed-words file
 * lists them), then by prevalence, rank 0 first (shown as id 1).
 *
 * @param order order[rank] is the topic's index in the Spark LDA model
 * @param prevalence mean share of each topic over the modelled articles, by rank
 * @param words top readable words and their probabilities, by rank
 * @param distances Jensen–Shannon distances between the topics' word distributions, by rank
 */
public record FittedTopics(
    int[] order, double[] prevalence, List<List<WeightedWord>> words, double[][] distances) {

  public int k() {
    return order.length;
  }

  /** The label of the topic at {@code rank}: its top three words. */
  public String label(int rank) {
    return label(words.get(rank));
  }

  /** A label from the first three of {@code top}. */
  public static String label(List<WeightedWord> top) {
    StringBuilder label = new StringBuilder();
    for (int i = 0; i < Math.min(3, top.size()); i++) {
      if (i > 0) {
        label.append(" · ");
      }
      label.append(top.get(i).word());
    }
    return label.toString();
  }
}
