package org.sujets.job;

import org.sujets.storage.Folder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujets.LocalSpark;
import org.sujets.config.AnalysisConfig;
import org.sujets.config.CleanupConfig;
import org.sujets.config.ColumnMapping;
import org.sujets.config.InputConfig;
import org.sujets.config.InputFormat;
import org.sujets.config.JobConfig;
import org.sujets.config.LdaConfig;
import org.sujets.config.OutputConfig;
import org.sujets.config.QualityConfig;
import org.sujets.config.TopicSweep;
import org.sujets.config.VocabularyConfig;

/** The k sweep on the bundled sample. */
class TopicTunerTest {
  @Test
  void sweepsEachKAndWritesJsonAndChart(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("tune");
    TuneResult result = new TopicTuner(LocalSpark.session(), JobProgress.silent())
        .tune(TopicJobTest.sampleConfig(out), TopicSweep.of(List.of(2, 3)), true, Folder.local(dir));
    assertEquals(List.of(2, 3), result.sweep().stream().map(TuneResult.Entry::k).toList());
    assertEquals(5, result.articles() + result.heldOut());
    for (TuneResult.Entry e : result.sweep()) {
      assertTrue(e.coherence() >= -1 && e.coherence() <= 1, "coherence " + e.coherence());
      assertTrue(e.diversity() > 0 && e.diversity() <= 1, "diversity " + e.diversity());
      assertTrue(e.stability() >= 0 && e.stability() <= 1, "stability " + e.stability());
      assertEquals(e.k(), e.labels().size());
    }
    assertEquals(TopicTuner.recommend(result.sweep()), result.recommended());

    new TuneWriter().write(result, Folder.local(out));
    JsonNode json = new ObjectMapper().readTree(out.resolve("tune.json").toFile());
    assertEquals(result.recommended(), json.get("recommended").asInt());
    assertEquals(2, json.get("sweep").size());
    byte[] png = Files.readAllBytes(out.resolve("tune.png"));
    assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "tune.png is a PNG");
    assertTrue(Files.readString(out.resolve("tune.svg")).contains("<svg"));
    Path again = dir.resolve("again");
    new TuneWriter().write(result, Folder.local(again));
    assertEquals(Files.readString(out.resolve("tune.svg")), Files.readString(again.resolve("tune.svg")),
        "tune.svg is the same bytes for the same sweep");
  }

  /** 60 articles over 3 topics of 10 exclusive terms each, as term counts. */
  private static org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> threeTopics() {
    java.util.Random random = new java.util.Random(5);
    List<org.apache.spark.sql.Row> rows = new java.util.ArrayList<>();
    for (int d = 0; d < 60; d++) {
      double[] counts = new double[30];
      for (int i = 0; i < 30; i++) {
        counts[(d % 3) * 10 + random.nextInt(10)]++;
      }
      rows.add(org.apache.spark.sql.RowFactory.create(org.apache.spark.ml.linalg.Vectors.dense(counts).compressed()));
    }
    return LocalSpark.session().createDataFrame(rows, new org.apache.spark.sql.types.StructType()
        .add(org.sujets.features.TextColumns.TF, org.apache.spark.ml.linalg.SQLDataTypes.VectorType()));
  }

  /** run --topics auto with guided topics: they count toward every k, a k below their number is left out. */
  @Test
  void aSweepWithGuidedTopicsLeavesOutTheKBelowTheirNumber() {
    String[] readable = new String[30];
    for (int w = 0; w < 30; w++) {
      readable[w] = "mot" + w;
    }
    org.sujets.topics.SeedTerms guided = new org.sujets.topics.SeedTerms(
        List.of(new int[] {0, 1}, new int[] {10, 11}, new int[] {20, 21}), 0.01);
    TopicTuner tuner = new TopicTuner(LocalSpark.session(), JobProgress.silent());
    TuneResult result = tuner.sweep(threeTopics(), readable, LdaConfig.auto(), TopicSweep.of(List.of(2, 3, 4)),
        false, QualityConfig.defaults().relevanceLambda(), guided);
    assertEquals(List.of(3, 4), result.sweep().stream().map(TuneResult.Entry::k).toList());
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> tuner.sweep(threeTopics(), readable, LdaConfig.auto(), TopicSweep.of(List.of(2)), false,
            QualityConfig.defaults().relevanceLambda(), guided));
    assertTrue(e.getMessage().contains("below the 3 guided topics of --seed-words"), e.getMessage());
  }

  /**
   * {@code tune} and {@code run --topics auto} sweep the same articles, prepared alike (with
   * phrases learned from 2 occurrences, so that the clean-up changes the terms): every k's
   * coherence, diversity, perplexity, stability and labels agree.
   */
  @Test
  void tuneSweepsWhatRunTopicsAutoSweeps(@TempDir Path dir) throws Exception {
    String train = Path.of(TopicTunerTest.class.getResource("/two-subjects/train.jsonl").toURI()).toString();
    TopicSweep ks = TopicSweep.of(List.of(2, 3));
    JobConfig config = new JobConfig(
        new InputConfig(List.of(train), InputFormat.AUTO, ColumnMapping.defaults()), AnalysisConfig.defaults(),
        new VocabularyConfig(null, 2.0, null), LdaConfig.auto(),
        OutputConfig.defaults(dir.resolve("run").toString(), false), new QualityConfig(0.6, true),
        new CleanupConfig(true, 5, 0.01, true, 2, 0.3), ks);
    new TopicJob(LocalSpark.session(), JobProgress.silent()).run(config);
    JsonNode run = new ObjectMapper().readTree(dir.resolve("run/tune.json").toFile());

    TuneResult tuned = new TopicTuner(LocalSpark.session(), JobProgress.silent()).tune(config, ks, true, Folder.local(dir));
    assertEquals(run.get("recommended").asInt(), tuned.recommended());
    assertEquals(run.get("sweep").size(), tuned.sweep().size());
    for (int i = 0; i < tuned.sweep().size(); i++) {
      JsonNode expected = run.get("sweep").get(i);
      TuneResult.Entry actual = tuned.sweep().get(i);
      assertEquals(expected.get("coherence").asDouble(), actual.coherence(), 0.0);
      assertEquals(expected.get("diversity").asDouble(), actual.diversity(), 0.0);
      assertEquals(expected.get("logPerplexity").asDouble(), actual.logPerplexity(), 0.0);
      assertEquals(expected.get("stability").asDouble(), actual.stability(), 0.0);
      assertEquals(expected.get("labels").toString(), new ObjectMapper().valueToTree(actual.labels()).toString());
    }
  }

  @Test
  void recommendsHighestCoherenceTimesDiversityTiesToSmallerK() {
    TuneResult.Entry k5 = entry(5, 0.2, 0.9);
    TuneResult.Entry k10 = entry(10, 0.25, 0.8);
    TuneResult.Entry k20 = entry(20, 0.3, 0.5);
    assertEquals(10, TopicTuner.recommend(List.of(k5, k10, k20)));
    assertEquals(5, TopicTuner.recommend(List.of(entry(10, 0.2, 0.5), entry(5, 0.2, 0.5))));
  }

  private static TuneResult.Entry entry(int k, double coherence, double diversity) {
    return new TuneResult.Entry(k, coherence, diversity, coherence * diversity, null, null, 1.0, List.of());
  }
}
