package org.sujets.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.clustering.LocalLDAModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.IDFModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sujets.config.DedupConfig;
import org.sujets.config.LdaConfig;
import org.sujets.config.LdaOptimizer;
import org.sujets.config.VocabularyConfig;
import org.sujets.features.TextColumns;
import org.sujets.model.LineageEntry;
import org.sujets.model.ModelManifest;
import org.sujets.model.TopicModelBundle;
import org.sujets.storage.Locations;
import org.sujets.topics.ContinuedOnlineLda;
import org.sujets.topics.TopicModelTrainer;

/**
 * A saved model as {@code sujets update} continues it: its fitted analysis stages applied as they
 * are (same boilerplate lines, tokenizer, phrases), its vocabulary grown by the new articles' words
 * that pass its own rules, IDF fitted again on the new articles, and its online LDA continued from
 * where it stopped, topics keeping their ids and names.
 *
 * <p>IDF is fitted on the new articles, not kept: the saved IDF has no weight for the new words,
 * and it only weighs the keywords of the articles the update's outputs describe (LDA fits the term
 * counts), which are the new ones, as a run's IDF is fitted on its own articles.
 */
final class ModelContinuation {
  private final TopicModelBundle bundle;
  private final String modelUri;
  private final ContinuedOnlineLda.Learning learning;

  private ModelContinuation(TopicModelBundle bundle, String modelUri, ContinuedOnlineLda.Learning learning) {
    this.bundle = bundle;
    this.modelUri = modelUri;
    this.learning = learning;
  }

  /**
   * @throws IllegalArgumentException when the model was not fitted by online LDA, with a one-line
   *     reason and fix
   */
  static ModelContinuation of(TopicModelBundle bundle, String modelUri) {
    LDAModel lda = bundle.lda();
    if (!(lda instanceof LocalLDAModel) || !LdaOptimizer.ONLINE.sparkName().equals(lda.getOptimizer())) {
      throw new IllegalArgumentException("model " + modelUri + " was fitted with --optimizer " + lda.getOptimizer()
          + ": update continues online LDA only; fit it again with --optimizer online");
    }
    ContinuedOnlineLda.Learning learning = bundle.manifest().learning();
    if (learning == null) {
      // Format version 1: the LDA stage's own settings say how far its one fit went.
      learning = new ContinuedOnlineLda.Learning(lda.getMaxIter(), lda.getLearningOffset(), lda.getLearningDecay());
    }
    return new ModelContinuation(bundle, modelUri, learning);
  }

  ModelManifest manifest() {
    return bundle.manifest();
  }

  String modelUri() {
    return modelUri;
  }

  ContinuedOnlineLda.Learning learning() {
    return learning;
  }

  /** k and the saved seed, priors and learning rate; iterations and mini-batch share from the new articles. */
  LdaConfig lda(Integer iterations) {
    LDAModel lda = bundle.lda();
    // A learned α goes on being learned (null); a given one stays fixed, as in the fit.
    Double alpha = lda.getOptimizeDocConcentration() ? null : lda.estimatedDocConcentration().apply(0);
    return new LdaConfig(lda.getK(), iterations, LdaOptimizer.ONLINE, lda.getSeed(), alpha,
        lda.getEffectiveTopicConcentration(), null, learning.learningOffset(), learning.learningDecay(), null);
  }

  /** The saved vocabulary's rules, as run.json reports them (max-df as the user gives it). */
  VocabularyConfig vocabulary() {
    CountVectorizerModel counts = bundle.counts();
    double maxDf = counts.getMaxDF() >= Long.MAX_VALUE ? 1.0 : counts.getMaxDF();
    return new VocabularyConfig(counts.getVocabSize(), counts.getMinDF(), maxDf);
  }

  /**
   * The text pipeline of the update: the saved stages up to the phrases as they are, the
   * near-duplicate stage with its defaults (the model does not keep the run's setting), the saved
   * vocabulary (grown by {@code TextPreparation}), a new IDF and the normalizer.
   */
  Pipeline textPipeline() {
    List<PipelineStage> stages = new ArrayList<>();
    for (Transformer stage : bundle.pipeline().stages()) {
      if (stage instanceof CountVectorizerModel) {
        DedupConfig dedup = DedupConfig.defaults();
        if (dedup.enabled()) {
          stages.add(TextPipeline.nearDuplicates(dedup));
        }
        stages.add(stage);
      } else if (stage instanceof IDFModel idf) {
        stages.add(new IDF().setInputCol(idf.getInputCol()).setOutputCol(idf.getOutputCol()));
      } else if (!(stage instanceof LDAModel)) {
        stages.add(stage);
      }
    }
    return new Pipeline().setStages(stages.toArray(new PipelineStage[0]));
  }

  /** The prepared text with the saved model's readable word for each word it knew (stable topic words). */
  PreparedText readableKept(PreparedText text) {
    String[] saved = bundle.manifest().readable();
    String[] savedTerms = bundle.counts().vocabulary();
    Map<String, String> byTerm = new HashMap<>();
    for (int w = 0; w < savedTerms.length; w++) {
      byTerm.put(savedTerms[w], saved[w]);
    }
    String[] terms = text.counts().vocabulary();
    String[] readable = text.readable().clone();
    for (int w = 0; w < terms.length; w++) {
      readable[w] = byTerm.getOrDefault(terms[w], readable[w]);
    }
    return text.withReadable(readable);
  }

  /** Continues LDA on {@code fitInput}, whose counts use {@code vocabulary}. */
  ContinuedOnlineLda.Continued fit(LdaConfig lda, Dataset<Row> fitInput, String[] vocabulary) {
    return ContinuedOnlineLda.fit((LocalLDAModel) bundle.lda(), bundle.counts().vocabulary(), learning,
        new TopicModelTrainer(lda).estimator(TextColumns.TF), vocabulary, fitInput.select(TextColumns.TF));
  }

  /** The saved topics' ids and names. */
  TopicResults.Kept kept() {
    return new TopicResults.Kept(bundle.manifest().topicOrder(), bundle.manifest().topicLabels());
  }

  /** The saved lineage and this update's entry. */
  List<LineageEntry> lineage(List<String> inputs, long articles, String startedAt, String sujetsVersion) {
    List<LineageEntry> lineage = new ArrayList<>(bundle.manifest().lineage());
    // A model of format version 1 has no lineage: its run was version 1.
    int previous = lineage.isEmpty() ? 1 : lineage.get(lineage.size() - 1).modelVersion();
    lineage.add(new LineageEntry(previous + 1, "update", inputs, articles, startedAt, sujetsVersion));
    return lineage;
  }

  /** Input paths as the URIs lineage records (a glob stays a glob). */
  static List<String> uris(List<String> paths) {
    return paths.stream().map(p -> Locations.of(p).toString()).toList();
  }

  /** The lineage as run.json shows it. */
  static List<Map<String, Object>> asMaps(List<LineageEntry> lineage) {
    ObjectMapper json = new ObjectMapper();
    List<Map<String, Object>> maps = new ArrayList<>();
    for (LineageEntry entry : lineage) {
      @SuppressWarnings("unchecked")
      Map<String, Object> map = json.convertValue(entry, Map.class);
      maps.add(map);
    }
    return maps;
  }
}
