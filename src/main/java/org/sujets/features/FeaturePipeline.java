package org.sujets.features;

import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.Normalizer;
import org.sujets.config.AnalysisConfig;
import org.sujets.config.VocabularyConfig;
import org.sujets.ingest.Columns;

/**
 * The text stages of a run: French analysis, then term counts (the input of LDA), TF-IDF and its
 * L2-normalised form (the input of keyword extraction). Analysis is a separate step so that the
 * caller can persist its output once and fit the vectorizer and surface forms from it.
 */
public final class FeaturePipeline {
  /** Terms (stems) of an article, array&lt;string&gt;. */
  public static final String TERMS = "terms";
  /** Surface forms parallel to {@link #TERMS}. */
  public static final String SURFACES = "surfaces";
  /** Text between each token and the previous one, for the phrase stage (array&lt;string&gt;). */
  public static final String GAPS = "gaps";
  /** Term counts over the vocabulary, the input of LDA. */
  public static final String TF = "tf";
  /** Raw TF-IDF weights. */
  public static final String TFIDF_RAW = "tfidf_raw";
  /** TF-IDF weights scaled to unit L2 norm per article, so articles of any length compare. */
  public static final String TFIDF = "tfidf";

  private FeaturePipeline() {}

  /** The Lucene analysis stage configured from the run's settings. */
  public static FrenchNewsTokenizer tokenizer(AnalysisConfig analysis) {
    return new FrenchNewsTokenizer()
        .setInputCol(Columns.TEXT)
        .setOutputCol(TERMS)
        .setSurfaceCol(SURFACES)
        .setStemmer(analysis.stemmer().name().toLowerCase(java.util.Locale.ROOT))
        .setStopWords(analysis.extraStopWords().toArray(new String[0]))
        .setMinTokenLength(analysis.minTokenLength());
  }

  /** CountVectorizer → IDF → Normalizer, from resolved vocabulary settings (no null field). */
  public static Pipeline vectorizer(VocabularyConfig vocabulary) {
    CountVectorizer counts =
        new CountVectorizer()
            .setInputCol(TERMS)
            .setOutputCol(TF)
            .setVocabSize(vocabulary.vocabSize())
            .setMinDF(vocabulary.minDf())
            .setMaxDF(vocabulary.sparkMaxDf());
    IDF idf = new IDF().setInputCol(TF).setOutputCol(TFIDF_RAW);
    Normalizer normalizer = new Normalizer().setInputCol(TFIDF_RAW).setOutputCol(TFIDF).setP(2.0);
    List<PipelineStage> stages = List.of(counts, idf, normalizer);
    return new Pipeline().setStages(stages.toArray(new PipelineStage[0]));
  }
}
