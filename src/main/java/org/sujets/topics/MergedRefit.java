package org.sujets.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import java.util.Random;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.clustering.LocalLDAModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Online LDA fitted on from a first fit whose topics were merged ({@code --merge}, {@code
 * --reduce-to}). The start: a merged topic's λ is the sum of its parts' λ (λ holds each topic's
 * expected word counts plus η, so the sum is the topic that took both parts' words), and its α the
 * sum of their α (merging two shares of a Dirichlet gives a Dirichlet with their α summed); the
 * other topics keep theirs; η is the first fit's. From there {@link OnlineLda} runs {@link
 * #furtherIterations} more iterations with the learning rate where the first fit left it (the
 * offset τ₀ moved on by the first fit's iterations), so the topics settle rather than restart:
 * each article's share of a merged topic stays close to the sum of its shares of the parts.
 *
 * <p>The new topic at index j of the model is the one shown as id j + 1 ({@link MergedTopics}).
 */
public final class MergedRefit {
  private MergedRefit() {}

  /** The further iterations after merging: half the first fit's, at least 10. */
  public static int furtherIterations(int firstIterations) {
    return Math.max(10, firstIterations / 2);
  }

  /**
   * Fits on from {@code first}'s topics merged as {@code merged} says.
   *
   * <p>Reads λ (vocabulary × k) on the driver, as online LDA keeps it there.
   *
   * @param first an online LDA model (its topics matrix is λ)
   * @param order order[rank] is the first model's topic index shown as id rank + 1
   * @param lda the estimator with k = {@code merged.mergedK()}, the run's other settings
   * @param articles the articles the first fit used (non-empty vectors in {@code lda}'s features column)
   * @param corpusSize how many they are
   * @param firstIterations the first fit's iterations, for the learning rate
   */
  public static LocalLDAModel fit(LDAModel first, int[] order, MergedTopics merged, LDA lda,
      Dataset<Row> articles, long corpusSize, int firstIterations) {
    double[] alphaFirst = first.estimatedDocConcentration().toArray();
    int k = merged.mergedK();
    Matrix topics = first.topicsMatrix();
    int vocab = topics.numRows();
    double[] lambda = new double[k * vocab];
    double[] alpha = new double[k];
    for (int t = 0; t < k; t++) {
      for (int id : merged.mergedFrom(t + 1)) {
        int index = order[id - 1];
        alpha[t] += alphaFirst[index];
        for (int w = 0; w < vocab; w++) {
          lambda[w * k + t] += topics.apply(w, index); // word-major, as OnlineLda keeps λ
        }
      }
    }
    RDD<Tuple2<Object, org.apache.spark.mllib.linalg.Vector>> docs = OnlineLda.forIterations(vectors(articles, lda.getFeaturesCol()));
    docs.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      OnlineLda online = new OnlineLda(lambda, alpha, first.getEffectiveTopicConcentration(), corpusSize,
          first.getSubsamplingRate(), first.getLearningOffset() + firstIterations, first.getLearningDecay(),
          first.getOptimizeDocConcentration(), new Random(lda.getSeed()));
      online.run(docs, furtherIterations(firstIterations));
      org.apache.spark.mllib.clustering.LocalLDAModel fitted = online.model();
      LocalLDAModel model = new LocalLDAModel(lda.uid(), fitted.vocabSize(), fitted, articles.sparkSession());
      lda.copyValues(model, ParamMap.empty());
      model.setParent(lda);
      return model;
    } finally {
      docs.unpersist(false);
    }
  }

  /** The articles' vectors as mllib's online LDA takes them (as {@link SeededOnlineLda} makes them). */
  private static RDD<Tuple2<Object, org.apache.spark.mllib.linalg.Vector>> vectors(Dataset<Row> articles,
      String features) {
    return articles.select(monotonically_increasing_id(), col(features)).toJavaRDD()
        .map(r -> new Tuple2<Object, org.apache.spark.mllib.linalg.Vector>(r.getLong(0),
            org.apache.spark.mllib.linalg.Vectors.fromML((Vector) r.get(1))))
        .rdd();
  }
}
