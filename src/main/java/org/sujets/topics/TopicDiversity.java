package org.sujets.topics;

import java.util.HashSet;
import java.util.Set;

/**
 * Topic diversity (Dieng, Ruiz and Blei 2020): the share of distinct words among all topics' top
 * {@value #TOP_WORDS}. 1 means no topic shares a top word with another; near 1/k means the topics
 * repeat each other.
 */
public final class TopicDiversity {
  /** Top words per topic, as in Dieng et al. */
  public static final int TOP_WORDS = 25;

  private TopicDiversity() {}

  /** @param topTerms each topic's top word indices (each list up to {@value #TOP_WORDS} long) */
  public static double of(int[][] topTerms) {
    Set<Integer> distinct = new HashSet<>();
    int total = 0;
    for (int[] topic : topTerms) {
      for (int term : topic) {
        distinct.add(term);
        total++;
      }
    }
    return total == 0 ? 0 : (double) distinct.size() / total;
  }
}
