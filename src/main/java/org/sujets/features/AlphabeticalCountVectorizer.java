package org.sujets.features;

import java.util.Arrays;
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
}
