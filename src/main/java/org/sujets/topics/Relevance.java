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
   * How many of a topic's most probable words relevance re-ranks. Over the whole vocabulary the
   * lift term raises words seen a handful of times, all in one topic's articles; among the 30 most
   * probable, relevance puts the words every topic shares after the distinctive ones. 30 scored
   * best of 15 to 50 and the whole vocabulary on OrangeSum slices of 2,000 to 36,000 articles
   * ({@code BenchHelper ranked}).
   */
  public static final int CANDIDATES = 30;

  /**
   * The {@code n} most relevant word indices of one topic, among its {@link #CANDIDATES} most
   * probable words, best first (ties by index). Words with p(w|t) = 0 or p(w) = 0 are never
   * ranked. A bounded heap: the vocabulary is never sorted.
   *
   * @param topic p(w|t) over the vocabulary (sums to 1)
   * @param corpus p(w) over the vocabulary (sums to 1)
   * @param lambda in [0, 1]
   */
  public static int[] top(double[] topic, double[] corpus, double lambda, int n) {
    return top(topic, corpus, lambda, n, CANDIDATES);
  }

  /** {@link #top(double[], double[], double, int)} among the topic's {@code candidates} most probable words. */
  public static int[] top(double[] topic, double[] corpus, double lambda, int n, int candidates) {
    if (!(lambda >= 0 && lambda <= 1)) {
      throw new IllegalArgumentException("relevance λ must be in [0, 1], got " + lambda);
    }
    if (topic.length != corpus.length) {
      throw new IllegalArgumentException(
          "topic and corpus distributions differ in length: " + topic.length + " vs " + corpus.length);
    }
    int[] probable = TopIndices.first(topic.length, w -> topic[w] > 0, byDescending(topic), Math.max(n, candidates));
    boolean[] eligible = new boolean[topic.length];
    double[] score = new double[topic.length];
    for (int w : probable) {
      eligible[w] = corpus[w] > 0;
      score[w] = eligible[w] ? relevance(topic[w], corpus[w], lambda) : 0;
    }
    return TopIndices.first(topic.length, w -> eligible[w], byDescending(score), n);
  }

  /** Highest value first, ties by index. */
  private static Comparator<Integer> byDescending(double[] value) {
    return Comparator.comparingDouble((Integer w) -> -value[w]).thenComparingInt(w -> w);
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
