package org.sujets.job;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sujets.analysis.AnalyzerSpec;
import org.sujets.analysis.CalendarWords;
import org.sujets.analysis.FrenchNewsAnalyzer;
import org.sujets.analysis.ReferenceFrequencies;
import org.sujets.features.Keyness;
import org.sujets.features.Keywords;
import org.sujets.features.TextColumns;
import org.sujets.report.Keyword;

/**
 * keywords.json's corpus keywords: the terms the archive is about, ranked by {@link Keyness}
 * against general French as the run's analyzer reads it, weekdays and months left out.
 */
final class CorpusKeywords {
  private CorpusKeywords() {}

  /**
   * The top {@code n} terms by keyness over the articles' term counts ({@link TextColumns#TF}).
   * The driver receives two vocabulary-sized arrays per partition ({@link TermCounts}).
   *
   * @param vocabulary the vocabulary's terms, by index
   * @param readable the word shown for each term
   * @param analysis the analyzer the vocabulary was made with, applied to the reference list
   */
  static List<Keyword> top(Dataset<Row> features, String[] vocabulary, String[] readable, AnalyzerSpec analysis,
      int n) {
    TermCounts counts = TermCounts.of(features, TextColumns.TF, vocabulary.length);
    double[] scores;
    try (FrenchNewsAnalyzer analyzer = new FrenchNewsAnalyzer(analysis)) {
      scores = Keyness.scores(counts.occurrences(), counts.articles(), vocabulary,
          ReferenceFrequencies.forAnalyzer(analyzer), CalendarWords.terms(analyzer));
    }
    List<Keyword> keywords = new ArrayList<>();
    for (Keywords.Entry e : Keywords.top(Vectors.dense(scores), n)) {
      keywords.add(new Keyword(readable[e.index()], e.weight()));
    }
    return keywords;
  }
}
