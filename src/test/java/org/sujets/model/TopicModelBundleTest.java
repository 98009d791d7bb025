package org.sujets.model;

import org.sujets.job.TextPipeline;
import org.sujets.features.TextColumns;
import org.sujets.storage.Folder;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.clustering.DistributedLDAModel;
import org.apache.spark.ml.clustering.LocalLDAModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujets.LocalSpark;
import org.sujets.config.AnalysisConfig;
import org.sujets.config.CleanupConfig;
import org.sujets.config.DedupConfig;
import org.sujets.config.VocabularyConfig;
import org.apache.spark.ml.PipelineModel;
import org.sujets.config.ColumnMapping;
import org.sujets.config.InputConfig;
import org.sujets.config.InputFormat;
import org.sujets.config.LdaConfig;
import org.sujets.config.LdaOptimizer;
import org.sujets.ingest.Columns;
import org.sujets.ingest.CorpusReader;
import org.sujets.topics.FittedTopics;
import org.sujets.topics.TopicAssignments;
import org.sujets.topics.TopicExtractor;
import org.sujets.topics.TopicLabels;
import org.sujets.topics.TopicModelTrainer;

/** Save/load of a fitted model, with an EM fit (stored in its local form) on the sample. */
class TopicModelBundleTest {
  private static Dataset<Row> articles;
  private static DistributedLDAModel em;
  private static TopicModelBundle bundle;
  private static Path saved;

  @BeforeAll
  static void fitAndSave(@TempDir Path dir) throws IOException {
    SparkSession spark = LocalSpark.session();
    articles = new CorpusReader(spark)
        .read(new InputConfig(List.of(LocalSpark.sampleDir()), InputFormat.AUTO, ColumnMapping.defaults()))
        .articles();
    // The declared text pipeline without clean-up stages, fitted as any Spark pipeline.
    CleanupConfig noCleanup = new CleanupConfig(false, 5, 0.01, false, 10, 0.5,
        new DedupConfig(false, 0.5, 5, 20, 3));
    PipelineModel text = TextPipeline.declare(AnalysisConfig.defaults(), noCleanup,
        new VocabularyConfig(1000, 1.0, 1.0)).fit(articles);
    Dataset<Row> tf = text.transform(articles);
    CountVectorizerModel counts = (CountVectorizerModel) text.stages()[1];
    spark.sparkContext().setCheckpointDir(dir.resolve("checkpoints").toUri().toString());
    LdaConfig lda = new LdaConfig(2, 5, LdaOptimizer.EM, 7L, null, null, null, null, null, null).resolve(5);
    em = (DistributedLDAModel) new TopicModelTrainer(lda).fit(tf, TextColumns.TF);
    double[] prevalence = TopicAssignments.prevalence(em.transform(tf), TopicModelTrainer.TOPIC_DISTRIBUTION);
    String[] readable = counts.vocabulary().clone();
    readable[0] = "Readable-" + readable[0];
    FittedTopics fitted = TopicExtractor.extract(em, readable, prevalence, 5);
    TopicLabels labels = TopicLabels.fromWords(List.of(fitted.label(0), fitted.label(1)))
        .with(Map.of(2, "Réforme des retraites"));
    bundle = TopicModelBundle.of(text, em, fitted.order(), labels, readable, "test");
    saved = dir.resolve("model");
    bundle.save(Folder.local(saved));
  }

  @Test
  void roundTripKeepsTheManifestAndTheStages() {
    TopicModelBundle loaded = TopicModelBundle.load(Folder.local(saved));
    ModelManifest m = loaded.manifest();
    assertEquals(TopicModelBundle.FORMAT_VERSION, m.formatVersion());
    assertEquals("test", m.sujetsVersion());
    assertArrayEquals(bundle.manifest().topicOrder(), m.topicOrder());
    assertEquals(bundle.manifest().labels(), m.labels());
    assertEquals("Réforme des retraites", m.labels().get(1), "a given name is the label shown");
    assertEquals(bundle.manifest().topicLabels(), m.topicLabels(), "given names and words labels both kept");
    assertEquals(TopicLabels.GIVEN, m.topicLabels().source(2));
    assertEquals(TopicLabels.WORDS, m.topicLabels().source(1));
    assertEquals(bundle.manifest().words(), m.words());
    assertTrue(m.words().get(0).startsWith("Readable-"), "the readable table, not the stems, is saved");
    assertEquals("light", m.analyzer().get("stemmer"));
    assertEquals(2, m.analyzer().get("minTokenLength"));
    assertEquals("light", loaded.tokenizer().getStemmer(), "the tokenizer stage keeps its params");
    assertInstanceOf(LocalLDAModel.class, loaded.lda(), "EM is stored in its local form");
    assertArrayEquals(em.topicsMatrix().toArray(), loaded.lda().topicsMatrix().toArray(), 0.0);
  }

  @Test
  void loadedPipelineInfersWhatTheFittedModelInfers() {
    Dataset<Row> again = TopicModelBundle.load(Folder.local(saved)).pipeline().transform(articles).orderBy(Columns.ID);
    Dataset<Row> fitted = em.transform(bundle.counts().transform(bundle.tokenizer().transform(articles))).orderBy(Columns.ID);
    List<Row> a = again.select(TopicModelTrainer.TOPIC_DISTRIBUTION).collectAsList();
    List<Row> b = fitted.select(TopicModelTrainer.TOPIC_DISTRIBUTION).collectAsList();
    assertEquals(5, a.size());
    for (int i = 0; i < a.size(); i++) {
      // Same topics matrix, priors and seed: variational inference is deterministic.
      assertArrayEquals(((Vector) b.get(i).get(0)).toArray(), ((Vector) a.get(i).get(0)).toArray(), 1e-12);
    }
  }

  @Test
  void refusesAnotherFormatVersion(@TempDir Path dir) throws IOException {
    Path copy = copyManifestOnly(dir, "\"formatVersion\" : 2", "\"formatVersion\" : 99");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TopicModelBundle.load(Folder.local(copy)));
    assertTrue(e.getMessage().contains("format version 99") && e.getMessage().contains("reads versions 1 to 2"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void refusesAMissingFormatVersionAndAFolderWithoutModel(@TempDir Path dir) throws IOException {
    Path copy = copyManifestOnly(dir, "\"formatVersion\" : 2,", "");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TopicModelBundle.load(Folder.local(copy)));
    assertTrue(e.getMessage().contains("format version (none)"), e.getMessage());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> TopicModelBundle.load(Folder.local(dir)));
    assertTrue(none.getMessage().startsWith("no Sujets model in "), none.getMessage());
  }

  @Test
  void aModelWrittenBeforeLabelsCouldBeGivenReadsItsLabelsAsWordsLabels(@TempDir Path dir) throws IOException {
    String json = Files.readString(saved.resolve(TopicModelBundle.MANIFEST));
    String older = json.replaceAll("(?s)\"wordLabels\" : \\[[^\\]]*\\],\\s*\"givenLabels\" : \\{[^}]*\\},\\s*", "");
    assertFalse(older.contains("givenLabels"), older);
    Files.writeString(dir.resolve(TopicModelBundle.MANIFEST), older);
    ModelManifest m = TopicModelBundle.readManifest(Folder.local(dir));
    assertEquals(bundle.manifest().labels(), m.topicLabels().fromWords());
    assertTrue(m.topicLabels().given().isEmpty());
  }

  @Test
  void aModelOfFormatVersion1WithoutLearningOrLineageIsStillRead(@TempDir Path dir) throws IOException {
    String json = Files.readString(saved.resolve(TopicModelBundle.MANIFEST));
    String older = json.replace("\"formatVersion\" : 2", "\"formatVersion\" : 1")
        .replaceAll("(?s),\\s*\"learning\" : [^,]*,\\s*\"lineage\" : \\[[^\\]]*\\]", "");
    assertFalse(older.contains("lineage") || older.contains("learning"), older);
    Files.writeString(dir.resolve(TopicModelBundle.MANIFEST), older);
    ModelManifest m = TopicModelBundle.readManifest(Folder.local(dir));
    assertEquals(1, m.formatVersion());
    assertTrue(m.lineage().isEmpty());
    assertEquals(bundle.manifest().labels(), m.labels());
  }

  @Test
  void replacingTheManifestLeavesOneWholeFile(@TempDir Path dir) throws IOException {
    Folder folder = Folder.local(dir);
    Files.copy(saved.resolve(TopicModelBundle.MANIFEST), dir.resolve(TopicModelBundle.MANIFEST));
    ModelManifest renamed = TopicModelBundle.readManifest(folder)
        .withLabels(bundle.manifest().topicLabels().with(Map.of(1, "Guerre en Ukraine")).without(2));
    TopicModelBundle.replaceManifest(folder, renamed);
    assertEquals(List.of(TopicModelBundle.MANIFEST), folder.files(), "no temporary file is left");
    ModelManifest read = TopicModelBundle.readManifest(folder);
    assertEquals(List.of("Guerre en Ukraine", bundle.manifest().topicLabels().fromWords().get(1)), read.labels());
    assertEquals(Map.of(1, "Guerre en Ukraine"), read.givenLabels());
  }

  /** A model folder whose model.json is edited; the pipeline is never reached. */
  private static Path copyManifestOnly(Path dir, String from, String to) throws IOException {
    Path copy = dir.resolve("edited");
    Files.createDirectories(copy);
    String json = Files.readString(saved.resolve(TopicModelBundle.MANIFEST));
    assertTrue(json.contains(from), json);
    Files.writeString(copy.resolve(TopicModelBundle.MANIFEST), json.replace(from, to));
    return copy;
  }
}
