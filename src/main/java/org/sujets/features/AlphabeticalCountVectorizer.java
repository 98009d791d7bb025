package org.sujets.features;

import java.util.Arrays;
import java.util.TreeSet;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.sql.Dataset;

/**
 * Spark's {@link CountVectorizer} (the most frequent terms within minDF and maxDF; same Params,
 * same saved form) whose fitted vocabulary is in alphabetical order. CountVectorizer breaks ties
 * in frequency by partition order, and term indices seed LDA's random start, so without this the
 * same corpus read in another file order or partitioning could give other topics. The fitted
 * model is a plain {@link CountVectorizerModel}. Saved as CountVectorizer is; {@code
 * CountVectorizer.load} reads it back as this class (the saved metadata names it).
 */
public final class AlphabeticalCountVectorizer extends CountVectorizer {
  private static final long serialVersionUID = 1L;

  public AlphabeticalCountVectorizer(String uid) {
    super(uid);
  }

  public AlphabeticalCountVectorizer() {
    this(Identifiable.randomUID("alphaCntVec"));
  }

  @Override
  public CountVectorizerModel fit(Dataset<?> dataset) {
    CountVectorizerModel fitted = super.fit(dataset);
    String[] terms = fitted.vocabulary().clone();
    Arrays.sort(terms);
    CountVectorizerModel sorted = new CountVectorizerModel(fitted.uid(), terms);
    return copyValues(sorted, org.apache.spark.ml.param.ParamMap.empty()).setParent(this);
  }

  /**
   * {@code saved}'s vocabulary grown by the terms of {@code dataset} that pass {@code saved}'s own
   * minDF, maxDF and vocabSize on {@code dataset} (a count stays a count, a fraction is a share of
   * {@code dataset}'s rows): every saved term is kept, so a model continued on new articles still
   * knows every word it knew, and the result is alphabetical like any fit of this stage. When the
   * rules can admit no word on {@code dataset} (few rows: a fractional maxDF below a count minDF),
   * no word is added. The returned model has {@code saved}'s params, so it can be extended again.
   */
  public static CountVectorizerModel extend(CountVectorizerModel saved, Dataset<?> dataset) {
    AlphabeticalCountVectorizer counts =
        saved.copyValues(new AlphabeticalCountVectorizer(), org.apache.spark.ml.param.ParamMap.empty());
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
