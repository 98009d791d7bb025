package org.sujets.features;

import java.util.Arrays;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
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

  /**
   * Fits the vocabulary (Spark's CountVectorizer: the most frequent terms within min-df and max-df)
   * and returns a model whose terms are in alphabetical order. CountVectorizer breaks ties in
   * frequency by partition order, and term indices seed LDA's random start, so without this the
   * same corpus read in another file order or partitioning could give other topics.
   *
   * @param vocabulary resolved settings (no null field)
   */
  public static CountVectorizerModel fitVocabulary(Dataset<Row> analyzed, VocabularyConfig vocabulary) {
    CountVectorizerModel fitted =
        new CountVectorizer()
            .setInputCol(TERMS)
            .setOutputCol(TF)
            .setVocabSize(vocabulary.vocabSize())
            .setMinDF(vocabulary.minDf())
            .setMaxDF(vocabulary.sparkMaxDf())
            .fit(analyzed);
    String[] terms = fitted.vocabulary().clone();
    Arrays.sort(terms);
    return new CountVectorizerModel(fitted.uid(), terms).setInputCol(TERMS).setOutputCol(TF);
  }
}
