package org.sujets.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.trim;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.sujets.features.TextColumns;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.IDFModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.sujets.LocalSpark;
import org.sujets.config.AnalysisConfig;
import org.sujets.config.CleanupConfig;
import org.sujets.config.ColumnMapping;
import org.sujets.config.DedupConfig;
import org.sujets.config.InputConfig;
import org.sujets.config.InputFormat;
import org.sujets.config.VocabularyConfig;
import org.sujets.features.PhraseModel;
import org.sujets.ingest.Columns;
import org.sujets.ingest.CorpusReader;

/**
 * The run's stage-by-stage fit of the declared text pipeline is Spark's {@code Pipeline.fit}:
 * same stages in the same order, same learned phrases, vocabulary and IDF, same TF-IDF vectors,
 * on 24 real OrangeSum articles with every clean-up stage on.
 */
class TextPreparationTest {
  @Test
  void fitsWhatPipelineFitFits() throws Exception {
    Dataset<Row> texts = articles();
    VocabularyConfig vocabulary = new VocabularyConfig(1000, 2.0, 0.9);
    // Phrases from 2 occurrences, so that 24 articles teach some.
    CleanupConfig cleanup = new CleanupConfig(true, 5, 0.01, true, 2, 0.3, DedupConfig.defaults());
    Pipeline pipeline = TextPipeline.declare(AnalysisConfig.defaults(), cleanup, vocabulary);

    PipelineModel plain = pipeline.fit(texts);
    PreparedText prepared;
    try (Persisted persisted = new Persisted()) {
      prepared = new TextPreparation(new StageClock(JobProgress.silent()), persisted)
          .fit(pipeline, texts, vocabulary, Optional.empty(), () -> {});
      assertEquals(classes(plain), classes(prepared.pipeline()));
      String[] phrases = stage(plain, PhraseModel.class).getPhrases();
      assertTrue(phrases.length > 0, "the fixture teaches phrases");
      assertArrayEquals(phrases, prepared.phrases());
      assertArrayEquals(stage(plain, CountVectorizerModel.class).vocabulary(), prepared.counts().vocabulary());
      assertArrayEquals(stage(plain, IDFModel.class).idf().toArray(), prepared.idf().idf().toArray(), 0.0);
      Map<String, Vector> expected = tfidf(plain.transform(texts));
      Map<String, Vector> actual = tfidf(prepared.features());
      assertEquals(24, actual.size());
      assertEquals(expected, actual);
    }
  }

  private static List<String> classes(PipelineModel model) {
    return Arrays.stream(model.stages()).map(t -> t.getClass().getSimpleName()).toList();
  }

  private static <T> T stage(PipelineModel model, Class<T> type) {
    for (Transformer t : model.stages()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    throw new AssertionError("no " + type.getSimpleName());
  }

  private static Map<String, Vector> tfidf(Dataset<Row> features) {
    Map<String, Vector> byId = new HashMap<>();
    for (Row r : features.select(Columns.ID, TextColumns.TFIDF).collectAsList()) {
      byId.put(r.getString(0), (Vector) r.get(1));
    }
    return byId;
  }

  private static Dataset<Row> articles() throws URISyntaxException {
    String train = Path.of(TextPreparationTest.class.getResource("/two-subjects/train.jsonl").toURI()).toString();
    return new CorpusReader(LocalSpark.session())
        .read(new InputConfig(List.of(train), InputFormat.AUTO, ColumnMapping.defaults()))
        .articles()
        .filter(trim(col(Columns.TEXT)).notEqual(""));
  }
}
