package org.sujets.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.mllib.clustering.LDA;
import org.apache.spark.mllib.clustering.LocalLDAModel;
import org.apache.spark.mllib.clustering.OnlineLDAOptimizer;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.mllib.linalg.Vectors;
import org.apache.spark.rdd.RDD;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sujets.LocalSpark;
import scala.Tuple2;

/** Our online LDA loop against Spark's OnlineLDAOptimizer, started from the same λ. */
class OnlineLdaTest {
  private static final int K = 5;
  private static final int WORDS = 12;
  private static final long SEED = 42;

  /** 300 articles over K topics of WORDS terms each, 3 partitions, a few empty articles. */
  private static RDD<Tuple2<Object, Vector>> docs() {
    return docs(3);
  }

  private static RDD<Tuple2<Object, Vector>> docs(int partitions) {
    Random random = new Random(3);
    List<Tuple2<Object, Vector>> rows = new ArrayList<>();
    for (int d = 0; d < 300; d++) {
      double[] counts = new double[K * WORDS];
      int main = d % K;
      int length = d % 50 == 0 ? 0 : 10 + random.nextInt(30);
      for (int i = 0; i < length; i++) {
        int topic = random.nextDouble() < 0.8 ? main : random.nextInt(K);
        counts[topic * WORDS + random.nextInt(WORDS)]++;
      }
      rows.add(new Tuple2<>((long) d, Vectors.dense(counts).compressed()));
    }
    return JavaSparkContext.fromSparkContext(LocalSpark.session().sparkContext()).parallelize(rows, partitions).rdd().cache();
  }

  private static OnlineLDAOptimizer initialized(RDD<Tuple2<Object, Vector>> docs, double fraction, boolean learnAlpha) {
    OnlineLDAOptimizer optimizer = new OnlineLDAOptimizer().setMiniBatchFraction(fraction)
        .setOptimizeDocConcentration(learnAlpha).setTau0(16).setKappa(0.51);
    optimizer.initialize(docs, new LDA().setK(K).setSeed(SEED).setMaxIterations(15).setOptimizer(optimizer));
    return optimizer;
  }

  @ParameterizedTest(name = "fraction {0}, learn alpha {1}")
  @CsvSource({"1.0, true", "0.3, true", "0.3, false"})
  void fitsWhatSparkFits(double fraction, boolean learnAlpha) {
    RDD<Tuple2<Object, Vector>> docs = docs();
    OnlineLDAOptimizer spark = initialized(docs, fraction, learnAlpha);
    OnlineLDAOptimizer start = initialized(docs, fraction, learnAlpha);
    double[] wordMajor = wordMajorLambda(start);
    OnlineLda ours = OnlineLda.after(start, wordMajor, docs.count(), SEED);
    for (int i = 0; i < 15; i++) {
      if (fraction >= 1) {
        spark.submitMiniBatch(docs);
      } else {
        spark.next();
      }
      ours.step(docs);
    }
    LocalLDAModel expected = (LocalLDAModel) spark.getLDAModel(new double[15]);
    LocalLDAModel actual = ours.model();

    double[] e = expected.topicsMatrix().toArray();
    double[] a = actual.topicsMatrix().toArray();
    for (int i = 0; i < e.length; i++) {
      assertEquals(e[i], a[i], 1e-7 * Math.max(1, Math.abs(e[i])), "λ entry " + i);
    }
    for (int t = 0; t < K; t++) {
      assertEquals(expected.docConcentration().apply(t), actual.docConcentration().apply(t), 1e-9, "α of topic " + t);
    }
    assertEquals(expected.topicConcentration(), actual.topicConcentration());
    assertEquals(expected.getSeed(), actual.getSeed(), "the model's seed follows Spark's sequence");
  }

  /**
   * A small full-batch fit runs its steps on the driver: the same λ and α, bit for bit, as the
   * steps run as Spark jobs, whether the partitions are merged left to right (1, 3) or in runs of
   * ⌈√n⌉ first (7, 12).
   */
  @ParameterizedTest(name = "{0} partitions")
  @org.junit.jupiter.params.provider.ValueSource(ints = {1, 3, 7, 12})
  void stepsOnTheDriverAreTheStepsOfSparkJobsBitForBit(int partitions) {
    RDD<Tuple2<Object, Vector>> docs = docs(partitions);
    assertEquals(true, docs.count() <= OnlineLda.DRIVER_ARTICLES, "the corpus is small enough for the driver");
    OnlineLda onDriver = fromSparksStart(docs);
    OnlineLda inSpark = fromSparksStart(docs);
    int jobs = org.sujets.JobCounter.count(LocalSpark.session().sparkContext(), "driver-steps",
        () -> onDriver.run(docs, 15));
    for (int i = 0; i < 15; i++) {
      inSpark.step(docs);
    }
    org.junit.jupiter.api.Assertions.assertArrayEquals(inSpark.model().topicsMatrix().toArray(),
        onDriver.model().topicsMatrix().toArray());
    org.junit.jupiter.api.Assertions.assertArrayEquals(inSpark.model().docConcentration().toArray(),
        onDriver.model().docConcentration().toArray());
    assertEquals(1, jobs, "one job collects the articles, none per step");
  }

  /** Iterations run on at most two partitions per core, every article kept, in its order. */
  @org.junit.jupiter.api.Test
  void iterationsRunOnAtMostTwoPartitionsPerCore() {
    int most = 2 * LocalSpark.session().sparkContext().defaultParallelism();
    RDD<Tuple2<Object, Vector>> many = docs(most * 3);
    RDD<Tuple2<Object, Vector>> merged = OnlineLda.forIterations(many);
    assertEquals(most, merged.getNumPartitions());
    assertEquals(many.toJavaRDD().map(t -> t._1()).collect(), merged.toJavaRDD().map(t -> t._1()).collect());
    RDD<Tuple2<Object, Vector>> few = docs(most);
    org.junit.jupiter.api.Assertions.assertSame(few, OnlineLda.forIterations(few));
  }

  /** The optimizer's λ (k × vocabulary), word-major as OnlineLda keeps it. */
  private static double[] wordMajorLambda(OnlineLDAOptimizer start) {
    breeze.linalg.DenseMatrix<Object> lambda = start.getLambda();
    double[] wordMajor = new double[K * K * WORDS];
    for (int t = 0; t < K; t++) {
      for (int w = 0; w < K * WORDS; w++) {
        wordMajor[w * K + t] = lambda.apply$mcD$sp(t, w);
      }
    }
    return wordMajor;
  }

  private static OnlineLda fromSparksStart(RDD<Tuple2<Object, Vector>> docs) {
    OnlineLDAOptimizer start = initialized(docs, 1.0, true);
    double[] wordMajor = wordMajorLambda(start);
    return OnlineLda.after(start, wordMajor, docs.count(), SEED);
  }

  /**
   * The asymmetric prior alone, from Spark's near-uniform random start: a boost of topic 0 on
   * three terms of true topic 3 makes topic 0 that true topic; without it topic 0 is another one.
   */
  @org.junit.jupiter.api.Test
  void aBoostedPriorDrawsItsTopicToItsWords() {
    RDD<Tuple2<Object, Vector>> docs = docs();
    int seeded = 3;
    TopicWordBoost boost = new TopicWordBoost(new int[] {0, 0, 0},
        new int[] {seeded * WORDS, seeded * WORDS + 5, seeded * WORDS + 9}, new double[] {50, 50, 50});
    assertEquals(seeded, trueTopicOfTopicZero(docs, boost));
    org.junit.jupiter.api.Assertions.assertNotEquals(seeded, trueTopicOfTopicZero(docs, TopicWordBoost.none()));
  }

  /** Fits from Spark's random start and returns the true topic of topic 0's top terms (all of one). */
  private static int trueTopicOfTopicZero(RDD<Tuple2<Object, Vector>> docs, TopicWordBoost boost) {
    OnlineLDAOptimizer start = initialized(docs, 1.0, true);
    double[] wordMajor = wordMajorLambda(start);
    boost.addTo(wordMajor, K, 1.0);
    OnlineLda ours = OnlineLda.after(start, wordMajor, boost, docs.count(), SEED);
    for (int i = 0; i < 15; i++) {
      ours.step(docs);
    }
    double[] topics = ours.model().topicsMatrix().toArray(); // vocabulary × k, column-major
    double[] topicZero = new double[K * WORDS];
    System.arraycopy(topics, 0, topicZero, 0, K * WORDS);
    int[] top = WordDistributions.topTerms(new double[][] {topicZero}, 6)[0];
    for (int w : top) {
      assertEquals(top[0] / WORDS, w / WORDS, "topic 0 mixes true topics");
    }
    return top[0] / WORDS;
  }
}
