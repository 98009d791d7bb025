package org.sujets.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.clustering.LocalLDAModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujets.LocalSpark;
import org.sujets.config.LdaConfig;
import org.sujets.config.LdaOptimizer;
import org.sujets.config.LdaStart;

class SeededOnlineLdaTest {
  private static final int K = 4;
  private static final int WORDS = 10;

  /**
   * 400 articles over K topics of WORDS exclusive terms each (topic t = terms t·WORDS …): each
   * article draws 40 words, 90 % from its main topic, 10 % from another.
   */
  private static Dataset<Row> corpus() {
    Random random = new Random(7);
    StructType schema = new StructType().add("tf", SQLDataTypes.VectorType());
    List<Row> rows = new ArrayList<>();
    for (int d = 0; d < 400; d++) {
      int main = d % K;
      int other = (main + 1 + random.nextInt(K - 1)) % K;
      double[] counts = new double[K * WORDS];
      for (int i = 0; i < 40; i++) {
        int topic = random.nextDouble() < 0.9 ? main : other;
        counts[topic * WORDS + random.nextInt(WORDS)]++;
      }
      rows.add(RowFactory.create(Vectors.dense(counts).compressed()));
    }
    return LocalSpark.session().createDataFrame(rows, schema).persist(StorageLevel.MEMORY_ONLY());
  }

  /** The true topic of each found topic's top WORDS terms; fails if they mix topics or repeat one. */
  private static void assertEachTopicRecovered(double[][] topics) {
    Set<Integer> found = new HashSet<>();
    for (int[] top : WordDistributions.topTerms(topics, WORDS)) {
      int truth = top[0] / WORDS;
      for (int w : top) {
        assertEquals(truth, w / WORDS, "a found topic mixes true topics");
      }
      found.add(truth);
    }
    assertEquals(K, found.size(), "a true topic is missing (two found topics share one)");
  }

  private static LDA lda() {
    return new TopicModelTrainer(
            new LdaConfig(K, 20, LdaOptimizer.ONLINE, 42, null, null, 0.5, 16.0, null, null).resolve(400))
        .estimator("tf");
  }

  @Test
  void seededTopicsAreTheClustersOfTheSample() {
    double[][] start =
        SeededOnlineLda.seededTopics(
            corpus(), "tf", K, K * WORDS, 42, new SeededOnlineLda.Seeding(400, 10, 1.0, 4, 5));
    assertNotNull(start);
    for (double[] topic : start) {
      assertEquals(1.0, java.util.Arrays.stream(topic).sum(), 1e-9);
    }
    assertEachTopicRecovered(start);
  }

  @Test
  void tooSmallASampleKeepsSparksStart() {
    assertEquals(
        null,
        SeededOnlineLda.seededTopics(
            corpus(), "tf", K, K * WORDS, 42, new SeededOnlineLda.Seeding(3, 10, 1.0, 4, 5)));
  }

  @Test
  void fitGivesAnOrdinarySavableSparkModel(@TempDir Path dir) throws Exception {
    Dataset<Row> articles = corpus();
    LDA estimator = lda();
    LocalLDAModel model = SeededOnlineLda.fit(estimator, articles);
    assertEquals(K, model.getK());
    assertEquals(K * WORDS, model.vocabSize());
    assertEquals(TopicModelTrainer.TOPIC_DISTRIBUTION, model.getTopicDistributionCol());
    assertEquals(estimator.uid(), model.uid());
    assertSame(estimator, model.parent());
    double[][] topics = WordDistributions.of(model);
    assertEachTopicRecovered(topics);

    String path = dir.resolve("lda").toString();
    model.write().save(path);
    LocalLDAModel loaded = LocalLDAModel.load(path);
    assertArrayEquals(model.topicsMatrix().toArray(), loaded.topicsMatrix().toArray(), 1e-12);
    Vector before = model.transform(articles).first().getAs(TopicModelTrainer.TOPIC_DISTRIBUTION);
    Vector after = loaded.transform(articles).first().getAs(TopicModelTrainer.TOPIC_DISTRIBUTION);
    assertArrayEquals(before.toArray(), after.toArray(), 1e-9);
    assertEquals(model.estimatedDocConcentration(), loaded.estimatedDocConcentration());
  }

  /** Also the determinism check: two seeded fits with the same seed give the same topics. */
  @Test
  void trainerUsesTheSeededStartUnlessRandomIsAsked() {
    Dataset<Row> articles = corpus();
    LdaConfig seeded = new LdaConfig(K, 20, LdaOptimizer.ONLINE, 42, null, null, 0.5, 16.0, null, null).resolve(400);
    assertEquals(LdaStart.SEEDED, seeded.start());
    LDAModel fromTrainer = new TopicModelTrainer(seeded).fit(articles, "tf");
    assertArrayEquals(
        SeededOnlineLda.fit(lda(), articles).topicsMatrix().toArray(),
        fromTrainer.topicsMatrix().toArray(),
        1e-12);
    LdaConfig random = new LdaConfig(K, 20, LdaOptimizer.ONLINE, 42, null, null, 0.5, 16.0, null,
        LdaStart.RANDOM).resolve(400);
    assertArrayEquals(
        lda().fit(articles).topicsMatrix().toArray(),
        new TopicModelTrainer(random).fit(articles, "tf").topicsMatrix().toArray(),
        1e-12);
  }
}
