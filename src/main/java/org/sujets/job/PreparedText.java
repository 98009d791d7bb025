package org.sujets.job;

import static org.apache.spark.sql.functions.col;

import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.IDFModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sujets.analysis.AnalyzerSpec;
import org.sujets.config.VocabularyConfig;
import org.sujets.features.FrenchNewsTokenizer;

/**
 * What the text pipeline made of a corpus ({@link TextPreparation}): the fitted pipeline, the
 * articles' features (cached), and the bounded figures run.json and the report show.
 *
 * @param pipeline every fitted stage, in the declared order
 * @param features one row per analysed article: the input's columns, {@code tf}, {@code tfidf}
 *     and {@link #TERMS_KEPT}; cached
 * @param articles articles analysed (with text)
 * @param tokens tokens after analysis (and phrase joining)
 * @param withoutWords articles with no word left after analysis
 * @param withTerms articles with at least one vocabulary term
 * @param vocabulary the vocabulary settings, resolved for this corpus
 * @param readable the word shown for each vocabulary index
 * @param phrases the learned phrases' unit terms, or null when phrases are off
 * @param boilerplate run.json's boilerplate summary, or null when boilerplate removal is off
 * @param duplicates the near-duplicate clusters, or null when detection is off
 */
record PreparedText(
    PipelineModel pipeline,
    Dataset<Row> features,
    long articles,
    long tokens,
    long withoutWords,
    long withTerms,
    VocabularyConfig vocabulary,
    String[] readable,
    String[] phrases,
    Map<String, Object> boilerplate,
    DuplicateClusters duplicates) {
  /** Column of {@link #features}: the number of distinct vocabulary terms of the article. */
  static final String TERMS_KEPT = "terms_kept";

  /** The same text with another readable word for each vocabulary index. */
  PreparedText withReadable(String[] words) {
    if (words.length != readable.length) {
      throw new IllegalArgumentException(words.length + " readable words for " + readable.length + " terms");
    }
    return new PreparedText(pipeline, features, articles, tokens, withoutWords, withTerms, vocabulary, words, phrases,
        boilerplate, duplicates);
  }

  CountVectorizerModel counts() {
    return stage(CountVectorizerModel.class);
  }

  /** The analyzer recipe of the pipeline's tokenizer. */
  AnalyzerSpec analyzerSpec() {
    return stage(FrenchNewsTokenizer.class).analyzerSpec();
  }

  IDFModel idf() {
    return stage(IDFModel.class);
  }

  /** The articles LDA fits: those with vocabulary terms, one per near-duplicate cluster. */
  Dataset<Row> fitInput(Persisted persisted) {
    Dataset<Row> modelled = features.filter(col(TERMS_KEPT).gt(0));
    if (duplicates != null && duplicates.leftOut() > 0) {
      return persisted.keep(duplicates.onePerCluster(modelled));
    }
    return modelled;
  }

  /** How many articles {@link #fitInput} holds (counted by Spark when near-duplicates are left out). */
  long fitCount(Dataset<Row> fitInput) {
    return duplicates != null && duplicates.leftOut() > 0 ? fitInput.count() : withTerms;
  }

  private <T> T stage(Class<T> type) {
    for (var stage : pipeline.stages()) {
      if (type.isInstance(stage)) {
        return type.cast(stage);
      }
    }
    throw new IllegalStateException("no " + type.getSimpleName() + " in the text pipeline");
  }
}
