package org.sujets.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.clustering.DistributedLDAModel;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.param.ParamMap;
import org.sujets.storage.Folder;
import org.sujets.features.BoilerplateModel;
import org.sujets.features.FrenchNewsTokenizer;
import org.sujets.features.NearDuplicateModel;
import org.sujets.features.PhraseModel;
import org.sujets.topics.ContinuedOnlineLda;
import org.sujets.topics.TopicLabels;

/**
 * A fitted model saved for reuse: a Spark {@link PipelineModel} ([boilerplate removal] → French
 * analysis → [phrases] → term counts → IDF → L2 normalisation → LDA) under {@code pipeline/} and a {@link ModelManifest} in
 * {@code model.json}. Applying the pipeline to a text column gives the same columns a run
 * computes: terms, surfaces, tf, tfidf_raw, tfidf and topicDistribution.
 */
public final class TopicModelBundle {
  /**
   * The model folder layout this Sujets writes. Bump it when the layout or model.json changes:
   * an older Sujets then refuses the model with one line rather than misreading it (version 2 added
   * model.json's {@code learning} and {@code lineage}).
   */
  public static final int FORMAT_VERSION = 2;
  /** The oldest layout this Sujets still reads (version 1: no learning, no lineage). */
  public static final int OLDEST_FORMAT_VERSION = 1;
  /** The manifest's file name inside the model folder. */
  public static final String MANIFEST = "model.json";
  /** The saved PipelineModel's folder inside the model folder. */
  public static final String PIPELINE = "pipeline";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final PipelineModel pipeline;
  private final ModelManifest manifest;

  public TopicModelBundle(PipelineModel pipeline, ModelManifest manifest) {
    Transformer[] stages = pipeline.stages();
    if (stages.length == 0 || !(stages[stages.length - 1] instanceof LDAModel)
        || count(stages, CountVectorizerModel.class) != 1 || count(stages, FrenchNewsTokenizer.class) != 1) {
      throw new IllegalArgumentException("a topic model pipeline is [boilerplate], tokenizer, [phrases], counts, IDF,"
          + " normalizer, LDA; got " + Arrays.toString(stages));
    }
    this.pipeline = pipeline;
    this.manifest = manifest;
  }

  /**
   * Bundles a run's fitted text pipeline and topics. Saved: the stages an article needs on its
   * own, then LDA. The near-duplicate stage is left out: its clusters relate the articles of the
   * corpus it was fitted on to each other, and inference scores each new article by itself. An EM
   * model is stored as its local form: inference only needs the topics, not the training graph.
   *
   * @param text the fitted text pipeline ({@code job.TextPipeline})
   * @param topicOrder topicOrder[rank] is the LDA model index of the topic shown as id rank+1
   * @param labels how the run names its topics
   * @param readable readable word of each vocabulary index
   */
  public static TopicModelBundle of(PipelineModel text, LDAModel lda, int[] topicOrder, TopicLabels labels,
      String[] readable, String sujetsVersion) {
    // toLocal() does not carry the params over (k, columns, seed): copy them, or the stage
    // would read a "features" column and report Spark's default k.
    LDAModel local = lda instanceof DistributedLDAModel distributed
        ? distributed.copyValues(distributed.toLocal(), ParamMap.empty())
        : lda;
    List<Transformer> stages = new ArrayList<>();
    for (Transformer stage : text.stages()) {
      if (!(stage instanceof NearDuplicateModel)) {
        stages.add(stage);
      }
    }
    stages.add(local);
    PipelineModel pipeline = new PipelineModel(text.uid(), stages.toArray(new Transformer[0]));
    ModelManifest manifest = new ModelManifest(FORMAT_VERSION, sujetsVersion, topicOrder, labels,
        Arrays.asList(readable), analyzer(pipeline.stages()), ldaSettings(lda, readable.length));
    return new TopicModelBundle(pipeline, manifest);
  }

  /** The same model, its manifest recording where LDA stopped and how the model was made. */
  public TopicModelBundle withHistory(ContinuedOnlineLda.Learning learning, List<LineageEntry> lineage) {
    return new TopicModelBundle(pipeline, manifest.withHistory(learning, lineage));
  }

  /** model.json's summary of the analysis, for people and for infer's run.json. */
  private static Map<String, Object> analyzer(Transformer[] stages) {
    FrenchNewsTokenizer tokenizer = stage(stages, FrenchNewsTokenizer.class);
    Map<String, Object> analyzer = new LinkedHashMap<>();
    analyzer.put("stemmer", tokenizer.getStemmer());
    analyzer.put("extraStopWords", List.of(tokenizer.getStopWords()));
    analyzer.put("minTokenLength", tokenizer.getMinTokenLength());
    analyzer.put("boilerplate", count(stages, BoilerplateModel.class) > 0);
    analyzer.put("phrases", Arrays.stream(stages).filter(PhraseModel.class::isInstance)
        .mapToInt(t -> ((PhraseModel) t).getPhrases().length).sum());
    return analyzer;
  }

  private static Map<String, Object> ldaSettings(LDAModel lda, int vocabularySize) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("k", lda.getK());
    settings.put("optimizer", lda.getOptimizer());
    settings.put("vocabularySize", vocabularySize);
    settings.put("docConcentration", lda.estimatedDocConcentration().toArray());
    settings.put("topicConcentration", lda.getEffectiveTopicConcentration());
    return settings;
  }

  /** Writes {@code pipeline/} and {@code model.json} into {@code dir} (its pipeline must not exist). */
  public void save(Folder dir) throws IOException {
    pipeline.write().save(dir.uri(PIPELINE));
    dir.write(MANIFEST, JSON.writeValueAsBytes(manifest));
  }

  /**
   * Reads a model folder written by {@link #save}. The format version is checked before anything
   * else is read.
   *
   * @throws IllegalArgumentException when the folder is not a model or has another format
   *     version, with a one-line reason and fix
   */
  public static TopicModelBundle load(Folder dir) {
    ModelManifest manifest = readManifest(dir);
    PipelineModel pipeline = PipelineModel.load(dir.uri(PIPELINE));
    TopicModelBundle bundle = new TopicModelBundle(pipeline, manifest);
    if (bundle.lda().getK() != manifest.topicOrder().length
        || bundle.counts().vocabulary().length != manifest.words().size()) {
      throw new IllegalArgumentException("model " + dir + " is inconsistent: " + MANIFEST
          + " does not describe its pipeline; fit it again with sujets run");
    }
    return bundle;
  }

  /**
   * Reads a model folder's {@code model.json} alone (no Spark needed), its format version checked
   * first.
   *
   * @throws IllegalArgumentException when the folder is not a model, has another format version
   *     or an unreadable manifest, with a one-line reason and fix
   */
  public static ModelManifest readManifest(Folder dir) {
    try {
      if (!dir.isFile(MANIFEST)) {
        throw new IllegalArgumentException("no Sujets model in " + dir + " (no " + MANIFEST
            + "): pass the model folder of a run, e.g. --model output/model");
      }
      JsonNode tree;
      try (InputStream in = dir.open(MANIFEST)) {
        tree = JSON.readTree(in);
      }
      JsonNode version = tree.get("formatVersion");
      if (version == null || !version.isInt() || version.asInt() < OLDEST_FORMAT_VERSION
          || version.asInt() > FORMAT_VERSION) {
        boolean newer = version != null && version.isInt() && version.asInt() > FORMAT_VERSION;
        throw new IllegalArgumentException("model " + dir + " has format version "
            + (version == null ? "(none)" : version.toString()) + ", this Sujets reads versions "
            + OLDEST_FORMAT_VERSION + " to " + FORMAT_VERSION
            + (newer ? ": use the newer Sujets that wrote it" : ": fit it again with this version's sujets run"));
      }
      ModelManifest manifest = JSON.treeToValue(tree, ModelManifest.class);
      if (manifest.labels().size() != manifest.topicOrder().length) {
        throw new IllegalArgumentException("model " + dir + " is inconsistent: " + MANIFEST + " has "
            + manifest.labels().size() + " labels for " + manifest.topicOrder().length + " topics");
      }
      return manifest;
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + dir.uri(MANIFEST) + ": "
          + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  /**
   * Replaces a model folder's {@code model.json} with {@code manifest}, never leaving a half-written
   * one: the new file is written whole beside it, then put in its place ({@link Folder#replace}).
   */
  public static void replaceManifest(Folder dir, ModelManifest manifest) throws IOException {
    dir.replace(MANIFEST, JSON.writeValueAsBytes(manifest));
  }

  public PipelineModel pipeline() {
    return pipeline;
  }

  public ModelManifest manifest() {
    return manifest;
  }

  public FrenchNewsTokenizer tokenizer() {
    return stage(pipeline.stages(), FrenchNewsTokenizer.class);
  }

  public CountVectorizerModel counts() {
    return stage(pipeline.stages(), CountVectorizerModel.class);
  }

  public LDAModel lda() {
    return (LDAModel) pipeline.stages()[pipeline.stages().length - 1];
  }

  private static <T> T stage(Transformer[] stages, Class<T> type) {
    return type.cast(Arrays.stream(stages).filter(type::isInstance).findFirst().orElseThrow());
  }

  private static long count(Transformer[] stages, Class<?> type) {
    return Arrays.stream(stages).filter(type::isInstance).count();
  }
}
