package org.sujets.features;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.param.StringArrayParam;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.sql.Dataset;

/**
 * Spark's {@link CountVectorizer} (the most frequent terms within minDF and maxDF; same Params,
 * same saved form) whose fitted vocabulary is in alphabetical order. CountVectorizer breaks ties
 * in frequency by partition order, and term indices seed LDA's random start, so without this the
 * same corpus read in another file order or partitioning could give other topics. The fitted
 * model is a plain {@link CountVectorizerModel}. Saved as CountVectorizer is; {@code
 * CountVectorizer.load} reads it back as this class (the saved metadata names it).
 *
 * <p>One param of its own, {@link #excludedTerms()}: terms never admitted, whatever their counts
 * (Sujets passes the {@link org.sujets.analysis.NewsGenericWords}). It acts while fitting only,
 * so the fitted model is a plain CountVectorizerModel whose vocabulary simply lacks them.
 */
public final class AlphabeticalCountVectorizer extends CountVectorizer {
  private static final long serialVersionUID = 1L;

  private final StringArrayParam excludedTerms;

  public AlphabeticalCountVectorizer(String uid) {
    super(uid);
    excludedTerms = StageParams.withDefault(this, new StringArrayParam(this, "excludedTerms",
        "terms never admitted into the vocabulary, whatever their counts; the vocabSize most frequent"
            + " of the other terms are kept (default: none)"), new String[0]);
  }

  public AlphabeticalCountVectorizer() {
    this(Identifiable.randomUID("alphaCntVec"));
  }

  /** Terms never admitted into the vocabulary. Default: none. */
  public StringArrayParam excludedTerms() {
    return excludedTerms;
  }

  public String[] getExcludedTerms() {
    return $(excludedTerms);
  }

  public AlphabeticalCountVectorizer setExcludedTerms(String[] value) {
    set(excludedTerms, value);
    return this;
  }

  @Override
  public CountVectorizerModel fit(Dataset<?> dataset) {
    Set<String> excluded = new HashSet<>(Arrays.asList(getExcludedTerms()));
    int size = getVocabSize();
    // Room for the excluded terms, so that vocabSize other terms are kept when there are enough.
    CountVectorizer wider = copyValues(new CountVectorizer(uid()), org.apache.spark.ml.param.ParamMap.empty());
    wider.setVocabSize((int) Math.min(Integer.MAX_VALUE, (long) size + excluded.size()));
    String[] terms = Arrays.stream(wider.fit(dataset).vocabulary()) // most frequent first
        .filter(term -> !excluded.contains(term)).limit(size).sorted().toArray(String[]::new);
    CountVectorizerModel sorted = new CountVectorizerModel(uid(), terms);
    return copyValues(sorted, org.apache.spark.ml.param.ParamMap.empty()).setParent(this);
  }

  /**
   * {@code saved}'s vocabulary grown by the terms of {@code dataset} that pass {@code saved}'s own
   * minDF, maxDF and vocabSize on {@code dataset} (a count stays a count, a fraction is a share of
   * {@code dataset}'s rows): every saved term is kept, so a model continued on new articles still
   * knows every word it knew, and the result is alphabetical like any fit of this stage. When the
   * rules can admit no word on {@code dataset} (few rows: a fractional maxDF below a count minDF),
   * no word is added. The returned model has {@code saved}'s params, so it can be extended again.
   *
   * @param excluded terms never added (the fitted model does not keep its estimator's exclusions)
   */
  public static CountVectorizerModel extend(CountVectorizerModel saved, Dataset<?> dataset, String[] excluded) {
    AlphabeticalCountVectorizer counts =
        saved.copyValues(new AlphabeticalCountVectorizer(), org.apache.spark.ml.param.ParamMap.empty());
    counts.setExcludedTerms(excluded);
    TreeSet<String> terms = new TreeSet<>(Arrays.asList(saved.vocabulary()));
    long rows = dataset.count();
    // As CountVectorizer reads them: a value ≥ 1 is a count, below 1 a share of the rows.
    double minCount = saved.getMinDF() >= 1 ? saved.getMinDF() : saved.getMinDF() * rows;
    double maxCount = saved.getMaxDF() >= 1 ? saved.getMaxDF() : saved.getMaxDF() * rows;
    if (minCount <= rows && maxCount >= minCount) {
      terms.addAll(Arrays.asList(counts.fit(dataset).vocabulary()));
    }
    return saved.copyValues(new CountVectorizerModel(saved.uid(), terms.toArray(new String[0])),
        org.apache.spark.ml.param.ParamMap.empty());
  }
}
