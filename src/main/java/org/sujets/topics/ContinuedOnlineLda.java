package org.sujets.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.apache.spark.ml.clustering.LDA;
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
 * Online LDA continued on new articles from a saved model ({@code sujets update}): the same k
 * topics in the same model indices, λ started from the saved λ, α from the saved α, and the step
 * numbering going on from the saved count, so that the learning rate (τ0 + t)^−κ picks up where it
 * stopped. The saved λ is also the prior of the new articles ({@link OnlineLda#continueFrom}): the
 * result estimates the topics of the old and new articles together instead of drifting to the new
 * ones alone.
 *
 * <p>The vocabulary may grow: both vocabularies are alphabetical, so λ's columns are remapped by
 * term, and a word new to the model starts at (and has as its prior) η, as every word did before
 * the first fit.
 */
public final class ContinuedOnlineLda {
  private ContinuedOnlineLda() {}

  /**
   * Where a saved online fit stopped.
   *
   * @param iterations λ updates made so far (the fit's, then each update's)
   * @param learningOffset τ0 of the rate (τ0 + t)^−κ
   * @param learningDecay κ
   */
  public record Learning(int iterations, double learningOffset, double learningDecay) {}

  /** The continued model, and how many λ updates it has had in all. */
  public record Continued(LocalLDAModel model, int iterations) {}

  /**
   * Continues {@code saved} (an online model over {@code savedVocabulary}) on {@code articles},
   * whose {@code lda.getFeaturesCol()} counts use {@code vocabulary}. {@code lda} gives the
   * iterations, the mini-batch share, the seed and the α/η settings of the continued model; its k
   * must be the saved model's. The mini-batch seeds come from the saved seed plus the steps done,
   * so an update is deterministic and does not replay the first fit's batches.
   *
   * <p>WARNING: λ (k × vocabulary) is on the driver, as in Spark's online LDA.
   */
  public static Continued fit(LocalLDAModel saved, String[] savedVocabulary, Learning learning, LDA lda,
      String[] vocabulary, Dataset<Row> articles) {
    int k = saved.getK();
    if (lda.getK() != k) {
      throw new IllegalArgumentException("the update has k = " + lda.getK() + ", the model " + k);
    }
    double eta = saved.getEffectiveTopicConcentration();
    double[] start = remap(saved.topicsMatrix(), savedVocabulary, vocabulary, eta);
    RDD<Tuple2<Object, org.apache.spark.mllib.linalg.Vector>> docs = OnlineLda.forIterations(documents(articles, lda.getFeaturesCol()));
    docs.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      OnlineLda online = new OnlineLda(start, saved.estimatedDocConcentration().toArray(), eta, docs.count(),
          lda.getSubsamplingRate(), learning.learningOffset(), learning.learningDecay(),
          lda.getOptimizeDocConcentration(), new Random(lda.getSeed() + learning.iterations()));
      online.continueFrom(learning.iterations(), start);
      online.run(docs, lda.getMaxIter());
      org.apache.spark.mllib.clustering.LocalLDAModel fitted = online.model();
      LocalLDAModel model = new LocalLDAModel(lda.uid(), fitted.vocabSize(), fitted, articles.sparkSession());
      lda.copyValues(model, ParamMap.empty());
      model.setParent(lda);
      return new Continued(model, online.iterations());
    } finally {
      docs.unpersist(false);
    }
  }

  /**
   * The saved λ (vocabulary × k) on {@code vocabulary}'s indices, word-major as {@link OnlineLda}
   * keeps it: a saved word keeps its column, a new word gets η in every topic. Saved words absent
   * from {@code vocabulary} would lose their mass; the caller keeps them all.
   */
  static double[] remap(Matrix savedLambda, String[] savedVocabulary, String[] vocabulary, double eta) {
    int k = savedLambda.numCols();
    if (savedLambda.numRows() != savedVocabulary.length) {
      throw new IllegalArgumentException("λ has " + savedLambda.numRows() + " words, the vocabulary "
          + savedVocabulary.length);
    }
    Map<String, Integer> savedIndex = new HashMap<>();
    for (int w = 0; w < savedVocabulary.length; w++) {
      savedIndex.put(savedVocabulary[w], w);
    }
    double[] lambda = new double[k * vocabulary.length];
    for (int w = 0; w < vocabulary.length; w++) {
      Integer old = savedIndex.get(vocabulary[w]);
      for (int t = 0; t < k; t++) {
        lambda[w * k + t] = old == null ? eta : savedLambda.apply(old, t);
      }
    }
    return lambda;
  }

  /** The articles' count vectors as Spark's own LDA reads them (ids unused by online LDA). */
  private static RDD<Tuple2<Object, org.apache.spark.mllib.linalg.Vector>> documents(Dataset<Row> articles,
      String features) {
    return articles.select(monotonically_increasing_id(), col(features)).toJavaRDD()
        .map(r -> new Tuple2<Object, org.apache.spark.mllib.linalg.Vector>(r.getLong(0),
            org.apache.spark.mllib.linalg.Vectors.fromML((Vector) r.get(1))))
        .rdd();
  }
}
