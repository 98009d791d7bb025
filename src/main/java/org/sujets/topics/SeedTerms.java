package org.sujets.topics;

import java.util.List;

/**
 * The vocabulary terms of guided topics ({@code --seed-words}, matched to a run's vocabulary):
 * LDA topic t (0-based, t < {@link #count()}) starts from, and has a larger prior η on, the terms
 * {@code terms[t]}; the other topics are free. Guided topics keep these indices in the model, so
 * that they are shown first, in this order (see {@link TopicExtractor#extract(org.apache.spark.ml.clustering.LDAModel,
 * String[], double[], int, int)}).
 *
 * @param terms the seed terms of each guided topic (vocabulary indices, each list non-empty)
 * @param weight each seed term's extra prior, as a share of an average topic's mass: the η of
 *     (t, seed term) is η + weight × corpus tokens / k
 */
public record SeedTerms(List<int[]> terms, double weight) {
  public SeedTerms {
    terms = terms.stream().map(int[]::clone).toList();
    for (int[] t : terms) {
      if (t.length == 0) {
        throw new IllegalArgumentException("a guided topic needs at least one seed term");
      }
    }
  }

  /** No guided topic. */
  public static SeedTerms none() {
    return new SeedTerms(List.of(), 0);
  }

  public int count() {
    return terms.size();
  }

  public boolean isEmpty() {
    return terms.isEmpty();
  }

  /**
   * The sparse prior boost of a k-topic model over {@code tokens} corpus tokens: one cell per
   * (guided topic, seed term), each {@code weight × tokens / k}.
   */
  TopicWordBoost boost(int k, double tokens) {
    double amount = weight * tokens / k;
    int cells = terms.stream().mapToInt(t -> t.length).sum();
    int[] topic = new int[cells];
    int[] word = new int[cells];
    double[] extra = new double[cells];
    int c = 0;
    for (int t = 0; t < terms.size(); t++) {
      for (int w : terms.get(t)) {
        topic[c] = t;
        word[c] = w;
        extra[c] = amount;
        c++;
      }
    }
    return new TopicWordBoost(topic, word, extra);
  }
}
