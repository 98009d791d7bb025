package org.sujets.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.ml.clustering.LDAModel;

/** Turns a fitted LDA model into readable, ordered topics. */
public final class TopicExtractor {
  private TopicExtractor() {}

  /**
   * Orders topics by prevalence (ties by model index) and maps term indices to readable words.
   * WARNING: collects k × topWords terms and the vocabulary × k topic matrix to the driver; both
   * are bounded by the vocabulary size and k, not by the corpus.
   *
   * @param readable readable word of each vocabulary index
   * @param prevalence mean share of each model topic over the articles, by model index
   */
  public static FittedTopics extract(
      LDAModel model, String[] readable, double[] prevalence, int topWords) {
    return extract(model, readable, prevalence, topWords, 0);
  }

  /**
   * Like {@link #extract(LDAModel, String[], double[], int)}, the first {@code guided} model
   * topics (guided topics, {@link SeedTerms}) kept first in their own order, as their seed-words
   * file lists them; the other topics follow by prevalence.
   */
  public static FittedTopics extract(
      LDAModel model, String[] readable, double[] prevalence, int topWords, int guided) {
    int k = model.getK();
    Integer[] free = IntStream.range(guided, k).boxed().toArray(Integer[]::new);
    Arrays.sort(
        free,
        Comparator.comparingDouble((Integer t) -> -prevalence[t]).thenComparingInt(t -> t));
    int[] order = IntStream.concat(IntStream.range(0, guided), Arrays.stream(free).mapToInt(Integer::intValue))
        .toArray();
    return extractInOrder(model, readable, prevalence, topWords, order);
  }

  /**
   * Like {@link #extract} but keeps a given topic order, so that a saved model shows its topics
   * under the ids they had when it was fitted. Same WARNING as {@link #extract}.
   *
   * @param order order[rank] is the model index of the topic shown as id rank+1
   */
  public static FittedTopics extractInOrder(
      LDAModel model, String[] readable, double[] prevalence, int topWords, int[] order) {
    int k = model.getK();
    if (order.length != k) {
      throw new IllegalArgumentException("topic order has " + order.length + " entries, the model " + k + " topics");
    }
    // The top words come from the topic matrix read once on the driver, as describeTopics would
    // compute them (weight = share of the topic, ties by index), without its sorting Spark query.
    double[][] distributions = WordDistributions.of(model);
    int[][] top = WordDistributions.topTerms(distributions, topWords);
    List<List<WeightedWord>> wordsByModelTopic = new ArrayList<>();
    for (int t = 0; t < k; t++) {
      List<WeightedWord> words = new ArrayList<>();
      for (int index : top[t]) {
        words.add(new WeightedWord(readable[index], distributions[t][index]));
      }
      wordsByModelTopic.add(words);
    }
    double[][] ordered = new double[k][];
    double[] orderedPrevalence = new double[k];
    List<List<WeightedWord>> orderedWords = new ArrayList<>();
    for (int rank = 0; rank < k; rank++) {
      ordered[rank] = distributions[order[rank]];
      orderedPrevalence[rank] = prevalence[order[rank]];
      orderedWords.add(List.copyOf(wordsByModelTopic.get(order[rank])));
    }
    return new FittedTopics(order, orderedPrevalence, orderedWords, JensenShannon.matrix(ordered));
  }
}
