package org.sujets.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sujets.LocalSpark;
import org.sujets.config.LdaConfig;
import org.sujets.config.LdaOptimizer;
import org.sujets.config.LdaStart;
import org.sujets.topics.TopicModelTrainer;

class LdaProgressListenerTest {

  /** One progress line per iteration, whether mini-batches are sampled or not. */
  @ParameterizedTest
  @CsvSource({"1.0, SEEDED", "0.5, SEEDED", "0.5, RANDOM"})
  void countsIterationsNotSparkJobs(double subsampling, LdaStart start) throws Exception {
    SparkSession spark = LocalSpark.session();
    Random random = new Random(3);
    List<Row> rows = new ArrayList<>();
    for (int d = 0; d < 60; d++) {
      double[] counts = new double[12];
      for (int i = 0; i < 20; i++) {
        counts[(d % 2) * 6 + random.nextInt(6)]++;
      }
      rows.add(RowFactory.create(Vectors.dense(counts).compressed()));
    }
    Dataset<Row> articles = spark.createDataFrame(rows, new StructType().add("tf", SQLDataTypes.VectorType()));
    List<Integer> reported = new ArrayList<>();
    JobProgress progress = new JobProgress() {
      @Override public void stageStarted(String stage) {}
      @Override public void stageFinished(String stage, double seconds, String summary) {}
      @Override public void ldaIteration(int iteration, int total) { reported.add(iteration); }
      @Override public void warning(String message) {}
    };
    LdaConfig config = new LdaConfig(2, 6, LdaOptimizer.ONLINE, 42, null, null, subsampling, null, null, start).resolve(60);
    LdaProgressListener listener = new LdaProgressListener(progress, 6);
    spark.sparkContext().addSparkListener(listener);
    try {
      new TopicModelTrainer(config).fit(articles, "tf");
      spark.sparkContext().listenerBus().waitUntilEmpty();
    } finally {
      spark.sparkContext().removeSparkListener(listener);
    }
    assertEquals(List.of(1, 2, 3, 4, 5, 6), reported);
  }

  /** Which jobs are iterations: not the optimizer's count or isEmpty, nor the driver steps' collect. */
  @org.junit.jupiter.api.Test
  void onlyIterationJobsCount() {
    org.junit.jupiter.api.Assertions.assertTrue(LdaProgressListener.isIteration("treeAggregate at LDAOptimizer.scala:477"));
    org.junit.jupiter.api.Assertions.assertTrue(LdaProgressListener.isIteration("step at OnlineLda.java"));
    org.junit.jupiter.api.Assertions.assertFalse(LdaProgressListener.isIteration("count at LDAOptimizer.scala:413"));
    org.junit.jupiter.api.Assertions.assertFalse(LdaProgressListener.isIteration("isEmpty at LDAOptimizer.scala:466"));
    org.junit.jupiter.api.Assertions.assertFalse(LdaProgressListener.isIteration("articles for the driver's LDA steps"));
  }
}
