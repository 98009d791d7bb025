package org.sujets.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.attribute.AttributeGroup;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.sujets.LocalSpark;

/** Our topic distributions against Spark's LocalLDAModel.transform and DistributedLDAModel's. */
class TopicDistributionsTest {
  private static final int K = 4;
  private static final int WORDS = 10;

  /** 200 articles, sparse and dense vectors, and some without any term. */
  private static Dataset<Row> articles() {
    Random random = new Random(5);
    List<Row> rows = new ArrayList<>();
    for (int d = 0; d < 200; d++) {
      double[] counts = new double[K * WORDS];
      int length = d % 40 == 0 ? 0 : 5 + random.nextInt(30);
      for (int i = 0; i < length; i++) {
        int topic = random.nextDouble() < 0.8 ? d % K : random.nextInt(K);
        counts[topic * WORDS + random.nextInt(WORDS)]++;
      }
      Vector v = d % 3 == 0 ? Vectors.dense(counts) : Vectors.dense(counts).toSparse();
      rows.add(RowFactory.create((long) d, v));
    }
    StructType schema = new StructType().add("id", "long").add("tf", SQLDataTypes.VectorType());
    return LocalSpark.session().createDataFrame(rows, schema);
  }

  private static void assertSameDistributions(LDAModel model, Dataset<Row> articles, double tolerance) {
    List<Row> expected = model.transform(articles).orderBy("id").collectAsList();
    Dataset<Row> ours = TopicDistributions.transform(model, articles);
    assertEquals(K, AttributeGroup.fromStructField(ours.schema().apply("topicDistribution")).size());
    List<Row> actual = ours.orderBy("id").collectAsList();
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      double[] e = ((Vector) expected.get(i).getAs("topicDistribution")).toArray();
      double[] a = ((Vector) actual.get(i).getAs("topicDistribution")).toArray();
      assertArrayEquals(e, a, tolerance, "article " + expected.get(i).getLong(0));
    }
  }

  @Test
  void onlineModelsGiveSparksDistributions() {
    Dataset<Row> articles = articles();
    LDAModel model = new LDA().setK(K).setMaxIter(10).setSeed(3).setOptimizer("online")
        .setSubsamplingRate(1.0).setFeaturesCol("tf").fit(articles);
    assertSameDistributions(model, articles, 1e-7);
  }

  @Test
  void emModelsUseSparksOwnTransform() {
    Dataset<Row> articles = articles();
    LDAModel model = new LDA().setK(K).setMaxIter(5).setSeed(3).setOptimizer("em").setFeaturesCol("tf").fit(articles);
    assertSameDistributions(model, articles, 0);
  }
}
