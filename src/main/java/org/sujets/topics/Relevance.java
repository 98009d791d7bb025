package org.sujets.topics;

import java.util.Arrays;
import java.util.Comparator;

/**
 * LDAvis relevance (Sievert and Shirley 2014): relevance(w | t) = λ log p(w|t) + (1 − λ) log
 * (p(w|t) / p(w)). λ = 1 ranks by probability alone, where frequent words lead every topic; lower
 * λ favours words that are distinctive of the topic; Sievert and Shirley found λ ≈ 0.6 best for
 * people telling topics apart. The run's default λ is {@code config.QualityConfig.DEFAULT_RELEVANCE_LAMBDA}.
 */
public final class Relevance {
  private Relevance() {}

  /**
   * The {@code n} most relevant word indices of one topic. Words with p(w|t) = 0 or p(w) = 0 are
   * never ranked.
   *
   * @param topic p(w|t) over the vocabulary (sums to 1)
   * @param corpus p(w) over the vocabulary (sums to 1)
   * @param lambda in [0, 1]
   */
  public static int[] top(double[] topic, double[] corpus, double lambda, int n) {
    if (!(lambda >= 0 && lambda <= 1)) {
      throw new IllegalArgumentException("relevance λ must be in [0, 1], got " + lambda);
    }
    if (topic.length != corpus.length) {
      throw new IllegalArgumentException(
          "topic and corpus distributions differ in length: " + topic.length + " vs " + corpus.length);
    }
    double[] score = new double[topic.length];
    for (int w = 0; w < topic.length; w++) {
      score[w] = topic[w] > 0 && corpus[w] > 0 ? relevance(topic[w], corpus[w], lambda) : Double.NEGATIVE_INFINITY;
    }
    return TopIndices.first(topic.length, w -> score[w] > Double.NEGATIVE_INFINITY,
        Comparator.comparingDouble((Integer w) -> -score[w]).thenComparingInt(w -> w), n);
  }

  /** relevance of a word with probability {@code pTopic} in the topic and {@code pCorpus} overall. */
  public static double relevance(double pTopic, double pCorpus, double lambda) {
    return lambda * Math.log(pTopic) + (1 - lambda) * Math.log(pTopic / pCorpus);
  }

  /** Term totals scaled to a distribution (all zeros stay zeros). */
  public static double[] distribution(double[] totals) {
    double sum = Arrays.stream(totals).sum();
    double[] p = new double[totals.length];
    for (int w = 0; w < totals.length; w++) {
      p[w] = sum > 0 ? totals[w] / sum : 0;
    }
    return p;
  }
}
