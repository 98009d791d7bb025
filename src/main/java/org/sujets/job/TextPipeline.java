package org.sujets.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.Normalizer;
import org.sujets.analysis.AnalyzerSpec;
import org.sujets.analysis.FrenchNewsAnalyzer;
import org.sujets.analysis.NewsGenericWords;
import org.sujets.config.AnalysisConfig;
import org.sujets.config.CleanupConfig;
import org.sujets.config.DedupConfig;
import org.sujets.config.VocabularyConfig;
import org.sujets.features.AlphabeticalCountVectorizer;
import org.sujets.features.BoilerplateRemover;
import org.sujets.features.FrenchNewsTokenizer;
import org.sujets.features.NearDuplicateDetector;
import org.sujets.features.PhraseDetector;
import org.sujets.features.TextColumns;
import org.sujets.ingest.Columns;

/**
 * The text pipeline of Sujets, declared in this one place: an ordinary Spark {@link Pipeline} of
 * savable stages that turns a text column into what LDA and the keywords read.
 *
 * <pre>
 *   text ─ [BoilerplateRemover] ─ FrenchNewsTokenizer ─ [PhraseDetector] ─ [NearDuplicateDetector]
 *        ─ AlphabeticalCountVectorizer ─ IDF ─ Normalizer ─→ terms, surfaces, tf, tfidf_raw, tfidf
 * </pre>
 *
 * Stages in brackets follow the clean-up settings. {@code pipeline.fit(articles)} fits it as any
 * Spark pipeline; a run fits the same stages in the same order with caching and progress between
 * them ({@link TextPreparation}), and saves the fitted stages an article needs on its own with
 * its model, so that {@code infer} analyses new articles exactly alike.
 */
public final class TextPipeline {
  private TextPipeline() {}

  /**
   * The pipeline for these settings.
   *
   * @param vocabulary the vocabulary settings; a null minDf, maxDf or vocabSize (the size rule,
   *     resolved from the number of analysed articles) leaves Spark's default in the stage, for
   *     the caller to set once the corpus is known ({@link VocabularyConfig#resolve(long)})
   */
  public static Pipeline declare(AnalysisConfig analysis, CleanupConfig cleanup, VocabularyConfig vocabulary) {
    List<PipelineStage> stages = new ArrayList<>();
    if (cleanup.boilerplate()) {
      stages.add(boilerplate(cleanup));
    }
    FrenchNewsTokenizer tokenizer = tokenizer(analysis);
    if (cleanup.phrases()) {
      tokenizer.setGapsCol(TextColumns.GAPS); // the phrase stage reads what separates the tokens
    }
    stages.add(tokenizer);
    if (cleanup.phrases()) {
      stages.add(new PhraseDetector().setMinCount(cleanup.phraseMinCount()).setThreshold(cleanup.phraseThreshold()));
    }
    if (cleanup.dedup().enabled()) {
      stages.add(nearDuplicates(cleanup.dedup()));
    }
    stages.add(counts(vocabulary, tokenizer));
    stages.add(new IDF().setInputCol(TextColumns.TF).setOutputCol(TextColumns.TFIDF_RAW));
    stages.add(new Normalizer().setInputCol(TextColumns.TFIDF_RAW).setOutputCol(TextColumns.TFIDF).setP(2.0));
    return new Pipeline().setStages(stages.toArray(new PipelineStage[0]));
  }

  /** The Lucene analysis stage configured from the run's settings. */
  public static FrenchNewsTokenizer tokenizer(AnalysisConfig analysis) {
    return new FrenchNewsTokenizer()
        .setInputCol(Columns.TEXT)
        .setOutputCol(TextColumns.TERMS)
        .setSurfaceCol(TextColumns.SURFACES)
        .setStemmer(analysis.stemmer().name().toLowerCase(Locale.ROOT))
        .setStopWords(analysis.extraStopWords().toArray(new String[0]))
        .setMinTokenLength(analysis.minTokenLength());
  }

  /**
   * The vocabulary stage, with the settings given; see {@link #declare}. Unless the vocabulary
   * keeps them, the news-generic words are excluded as the run's {@code tokenizer} analyses them.
   */
  public static AlphabeticalCountVectorizer counts(VocabularyConfig vocabulary, FrenchNewsTokenizer tokenizer) {
    AlphabeticalCountVectorizer counts = new AlphabeticalCountVectorizer();
    counts.setInputCol(TextColumns.TERMS).setOutputCol(TextColumns.TF);
    if (!vocabulary.genericWords()) {
      counts.setExcludedTerms(genericTerms(tokenizer.analyzerSpec()));
    }
    if (vocabulary.vocabSize() != null) {
      counts.setVocabSize(vocabulary.vocabSize());
    }
    if (vocabulary.minDf() != null) {
      counts.setMinDF(vocabulary.minDf());
    }
    if (vocabulary.maxDf() != null) {
      counts.setMaxDF(vocabulary.sparkMaxDf());
    }
    return counts;
  }

  /** The terms the run's analyzer makes of the news-generic words. */
  public static String[] genericTerms(AnalyzerSpec spec) {
    try (FrenchNewsAnalyzer analyzer = new FrenchNewsAnalyzer(spec)) {
      return NewsGenericWords.terms(analyzer).toArray(new String[0]);
    }
  }

  private static BoilerplateRemover boilerplate(CleanupConfig cleanup) {
    return new BoilerplateRemover().setInputCol(Columns.TEXT).setSourceCol(Columns.SOURCE)
        .setMinArticles(cleanup.boilerplateMinArticles()).setMinShare(cleanup.boilerplateMinShare());
  }

  static NearDuplicateDetector nearDuplicates(DedupConfig dedup) {
    return new NearDuplicateDetector().setTermsCol(TextColumns.TERMS).setIdCol(Columns.ID).setDateCol(Columns.DATE)
        .setShingleSize(dedup.shingleSize()).setThreshold(dedup.threshold())
        .setBands(dedup.bands()).setRows(dedup.rows());
  }
}
