package org.sujets.job;

import org.sujets.features.TextColumns;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sujets.features.Keywords;
import org.sujets.report.Keyword;
import org.sujets.topics.VectorMean;

/** keywords.json's corpus keywords: the top terms of the articles' mean TF-IDF vector. */
final class CorpusKeywords {
  private CorpusKeywords() {}

  /**
   * Mean of the articles' L2-normalised TF-IDF vectors, top {@code n}. Aggregated by Spark in
   * partition order ({@link VectorMean}: the same bits in every run); the driver receives one
   * vector of vocabulary size per partition.
   */
  static List<Keyword> top(Dataset<Row> features, String[] readable, int n) {
    var mean = Vectors.dense(VectorMean.of(features, TextColumns.TFIDF));
    List<Keyword> keywords = new ArrayList<>();
    for (Keywords.Entry e : Keywords.top(mean, n)) {
      keywords.add(new Keyword(readable[e.index()], e.weight()));
    }
    return keywords;
  }
}
