package org.sujets.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Ranks a model's topics for a query of vocabulary terms by p(topic | query terms), from the
 * topics' word distributions and prevalence alone (no Spark), so that the terminal search and a
 * report's search box give the same answer.
 *
 * <p>Why this score and not LDAvis relevance: relevance, λ log p(w|t) + (1 − λ) log(p(w|t) / p(w)),
 * ranks the words of one topic. Across topics, for a fixed word, p(w) is a constant, so relevance
 * orders the topics exactly as p(w|t) does, whatever λ; its values (log scale) mean nothing to a
 * reader. Bayes' rule gives a score that does: p(t | q) ∝ p(t) ∏ p(w|t), with p(t) the topic's
 * prevalence, sums to 1 over the topics and reads "62 % of the uses of retraite fall in topic 4".
 * Several terms multiply (the query-likelihood model of retrieval): a topic must hold all of
 * them to lead. LDA's smoothed topics never give a term zero probability, so no topic is ruled
 * out by one rare word.
 */
public final class TopicSearch {
  private final double[][] distributions;
  private final double[] prevalence;

  /**
   * @param distributions p(w|t) of each topic by rank (id − 1), each over the whole vocabulary
   * @param prevalence mean share of each topic by rank, the prior p(t); zeros are allowed, a
   *     topic of prevalence 0 is never found
   */
  public TopicSearch(double[][] distributions, double[] prevalence) {
    if (distributions.length == 0 || distributions.length != prevalence.length) {
      throw new IllegalArgumentException("need one prevalence per topic: " + distributions.length
          + " topics, " + prevalence.length + " prevalences");
    }
    this.distributions = distributions;
    this.prevalence = prevalence;
  }

  public int topics() {
    return distributions.length;
  }

  /** One query term in one topic: its probability there and its place among the topic's words. */
  public record TermInTopic(int term, double probability, int rank) {}

  /** A topic found: its id (rank + 1), p(topic | query) and each query term's place in it. */
  public record Hit(int id, double score, List<TermInTopic> terms) {
    public Hit {
      terms = List.copyOf(terms);
    }
  }

  /**
   * The {@code top} topics with the highest p(topic | terms), best first (ties by id).
   *
   * @param terms vocabulary indices of the query terms (repeats count once)
   */
  public List<Hit> rank(int[] terms, int top) {
    int[] distinct = Arrays.stream(terms).distinct().toArray();
    if (distinct.length == 0) {
      throw new IllegalArgumentException("a search needs at least one vocabulary term");
    }
    double[] posterior = posterior(distinct);
    List<Hit> hits = new ArrayList<>();
    IntStream.range(0, topics()).boxed()
        .filter(t -> posterior[t] > 0)
        .sorted(Comparator.comparingDouble((Integer t) -> -posterior[t]).thenComparingInt(t -> t))
        .limit(top)
        .forEach(t -> hits.add(new Hit(t + 1, posterior[t], placesIn(t, distinct))));
    return hits;
  }

  /**
   * p(t | terms) for every topic, by rank, each term counted once; computed in log space (a
   * product of small probabilities underflows).
   */
  public double[] posterior(int[] terms) {
    terms = Arrays.stream(terms).distinct().toArray();
    double[] log = new double[topics()];
    double max = Double.NEGATIVE_INFINITY;
    for (int t = 0; t < topics(); t++) {
      log[t] = Math.log(prevalence[t]);
      for (int w : terms) {
        log[t] += Math.log(distributions[t][w]);
      }
      max = Math.max(max, log[t]);
    }
    double[] p = new double[topics()];
    if (max == Double.NEGATIVE_INFINITY) {
      return p;
    }
    double sum = 0;
    for (int t = 0; t < topics(); t++) {
      p[t] = Math.exp(log[t] - max);
      sum += p[t];
    }
    for (int t = 0; t < topics(); t++) {
      p[t] /= sum;
    }
    return p;
  }

  private List<TermInTopic> placesIn(int topic, int[] terms) {
    List<TermInTopic> places = new ArrayList<>();
    for (int w : terms) {
      places.add(new TermInTopic(w, distributions[topic][w], rankOf(distributions[topic], w)));
    }
    return places;
  }

  /** 1-based place of word {@code w} by probability, ties by index, as topics.json lists words. */
  static int rankOf(double[] distribution, int w) {
    double p = distribution[w];
    int before = 0;
    for (int other = 0; other < distribution.length; other++) {
      if (distribution[other] > p || (distribution[other] == p && other < w)) {
        before++;
      }
    }
    return before + 1;
  }
}
