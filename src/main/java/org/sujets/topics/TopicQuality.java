package org.sujets.topics;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.stat.Summarizer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The quality figures of one fit, topics in display order (by rank).
 *
 * @param coherence NPMI of each topic's top {@value Coherence#TOP_WORDS} words
 * @param meanCoherence mean of {@code coherence}
 * @param diversity share of distinct words among the topics' top {@value TopicDiversity#TOP_WORDS}
 * @param relevantTerms each topic's top vocabulary indices by LDAvis relevance
 * @param distributions each topic's word distribution (k × vocabulary)
 * @param corpus p(w): the modelled articles' term counts as a distribution over the vocabulary
 */
public record TopicQuality(
    double[] coherence, double meanCoherence, double diversity, int[][] relevantTerms, double[][] distributions,
    double[] corpus) {

  /**
   * Measures a fitted model on the articles it was fitted on. Spark counts the co-occurrences and
   * sums the term counts; the driver gets k × 55 counts and one vocabulary-size vector.
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
    int[][] top10 = WordDistributions.topTerms(dist, Coherence.TOP_WORDS);
    double[] coherence = Coherence.npmi(articles, countsCol, top10);
    Vector totals = articles.select(Summarizer.sum(col(countsCol))).first().getAs(0);
    double[] corpus = Relevance.distribution(totals.toArray());
    int[][] relevant = new int[k][];
    for (int rank = 0; rank < k; rank++) {
      relevant[rank] = Relevance.top(dist[rank], corpus, lambda, relevantWords);
    }
    return new TopicQuality(
        coherence, Coherence.mean(coherence), TopicDiversity.of(WordDistributions.topTerms(dist, TopicDiversity.TOP_WORDS)), relevant, dist,
        corpus);
  }
}
