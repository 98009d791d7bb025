package org.sujets.topics;

import java.util.Arrays;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The quality figures of one fit, topics in display order (by rank).
 *
 * @param coherence NPMI of each topic's top {@value Coherence#TOP_WORDS} words by relevance (the words
 *     people are shown)
 * @param meanCoherence mean of {@code coherence}
 * @param diversity share of distinct words among the topics' top {@value TopicDiversity#TOP_WORDS}
 * @param relevantTerms each topic's top vocabulary indices by LDAvis relevance
 * @param distributions each topic's word distribution (k × vocabulary)
 * @param corpus p(w): the model's estimate of the corpus word distribution ({@link WordDistributions#corpusOf})
 */
public record TopicQuality(
    double[] coherence, double meanCoherence, double diversity, int[][] relevantTerms, double[][] distributions,
    double[] corpus) {

  /**
   * Measures a fitted model on the articles it was fitted on: Spark counts the co-occurrences of
   * each topic's top words by relevance (k × 55 counters reach the driver).
   * WARNING: reads the vocabulary × k topic matrix on the driver (bounded by vocabulary and k).
   *
   * @param articles the modelled articles (non-empty term-count vectors in {@code countsCol})
   * @param order order[rank] = the model's topic index shown at that rank
   * @param lambda LDAvis relevance λ
   * @param relevantWords how many words to rank by relevance per topic
   */
  public static TopicQuality measure(
      LDAModel model, Dataset<Row> articles, String countsCol, int[] order, double lambda, int relevantWords) {
    double[][] byModel = WordDistributions.of(model);
    int k = order.length;
    double[][] dist = new double[k][];
    for (int rank = 0; rank < k; rank++) {
      dist[rank] = byModel[order[rank]];
    }
    double[] corpus = WordDistributions.corpusOf(model);
    int[][] relevant = new int[k][];
    int[][] shown10 = new int[k][];
    for (int rank = 0; rank < k; rank++) {
      int[] ranked = Relevance.top(dist[rank], corpus, lambda, Math.max(relevantWords, Coherence.TOP_WORDS));
      relevant[rank] = Arrays.copyOf(ranked, Math.min(relevantWords, ranked.length));
      shown10[rank] = Arrays.copyOf(ranked, Math.min(Coherence.TOP_WORDS, ranked.length));
    }
    // Scored on the words people read, not on the most probable ones they are not shown.
    double[] coherence = Coherence.npmi(articles, countsCol, shown10);
    return new TopicQuality(
        coherence, Coherence.mean(coherence), TopicDiversity.of(WordDistributions.topTerms(dist, TopicDiversity.TOP_WORDS)), relevant, dist,
        corpus);
  }
}
