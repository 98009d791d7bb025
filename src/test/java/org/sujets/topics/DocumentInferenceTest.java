package org.sujets.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.mllib.clustering.OnlineLDAOptimizer$;
import org.junit.jupiter.api.Test;
import scala.Tuple3;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The expectation step against Spark's own, on random topics and articles. Agreement to 1e-7
 * relative, not to the last bit: Spark's digamma (commons-math) is off by up to 3e-9 (see
 * DigammaTest); a wrong step in the formula would differ in the first digits.
 */
class DocumentInferenceTest {
  private static final int K = 7;
  private static final int VOCAB = 300;

  @Test
  void sameTopicsAndStatisticsAsSpark() {
    Random random = new Random(11);
    double[] expElogbeta = new double[VOCAB * K]; // word-major
    for (int i = 0; i < expElogbeta.length; i++) {
      expElogbeta[i] = Math.exp(-3 - 5 * random.nextDouble());
    }
    double[] alpha = new double[K];
    for (int t = 0; t < K; t++) {
      alpha[t] = 0.05 + 0.2 * random.nextDouble();
    }
    long seed = 42;
    DocumentInference inference = new DocumentInference(expElogbeta, alpha, OnlineLda.startGamma(K, OnlineLda.GAMMA_SHAPE, seed));
    double[] stat = new double[VOCAB * K];
    double[] logphat = new double[K];
    for (int doc = 0; doc < 50; doc++) {
      int n = 1 + random.nextInt(60);
      int[] ids = random.ints(0, VOCAB).distinct().limit(n).sorted().toArray();
      double[] counts = new double[ids.length];
      for (int i = 0; i < ids.length; i++) {
        counts[i] = 1 + random.nextInt(4);
      }
      double[] before = stat.clone();
      double[] gamma = inference.accumulate(ids, counts, ids.length, stat, logphat).clone();

      Tuple3<breeze.linalg.DenseVector<Object>, breeze.linalg.DenseMatrix<Object>, scala.collection.immutable.List<Object>> spark =
          OnlineLDAOptimizer$.MODULE$.variationalTopicInference(scalaList(ids), counts, breezeMatrix(expElogbeta),
              new breeze.linalg.DenseVector$mcD$sp(alpha.clone()), OnlineLda.GAMMA_SHAPE, K, seed);
      for (int t = 0; t < K; t++) {
        double expected = spark._1().apply$mcD$sp(t);
        assertEquals(expected, gamma[t], 1e-7 * Math.max(1, Math.abs(expected)), "γ of topic " + t + ", article " + doc);
        for (int i = 0; i < ids.length; i++) {
          double sstat = spark._2().apply$mcD$sp(t, i);
          assertEquals(sstat, stat[ids[i] * K + t] - before[ids[i] * K + t], 1e-7 * Math.max(1, sstat),
              "statistic of topic " + t + ", word " + ids[i] + ", article " + doc);
        }
      }
    }
  }

  private static scala.collection.immutable.List<Object> scalaList(int[] ids) {
    List<Object> list = new ArrayList<>();
    for (int id : ids) {
      list.add(id);
    }
    return CollectionConverters.asScala(list).toList();
  }

  /** Spark's layout: vocabulary × k, column-major. */
  private static breeze.linalg.DenseMatrix<Object> breezeMatrix(double[] wordMajor) {
    double[] data = new double[VOCAB * K];
    for (int w = 0; w < VOCAB; w++) {
      for (int t = 0; t < K; t++) {
        data[w + t * VOCAB] = wordMajor[w * K + t];
      }
    }
    return new breeze.linalg.DenseMatrix$mcD$sp(VOCAB, K, data);
  }
}
