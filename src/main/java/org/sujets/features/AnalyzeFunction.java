package org.sujets.features;

import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.util.TaskCompletionListener;
import org.sujets.analysis.AnalyzedText;
import org.sujets.analysis.AnalyzerSpec;
import org.sujets.analysis.FrenchNewsAnalyzer;
import org.sujets.analysis.TextAnalysis;
import org.sujets.analysis.TokenGaps;

/**
 * The function Spark runs on each article: text → (terms, surfaces, gaps). Only the {@link AnalyzerSpec}
 * is serialized; each task deserializes its own copy of this function and builds one analyzer on
 * first use, reuses it for every row of its partition and closes it when the task ends.
 */
final class AnalyzeFunction implements UDF1<String, Row> {
  private static final long serialVersionUID = 1L;

  private final AnalyzerSpec spec;
  private transient FrenchNewsAnalyzer analyzer;

  AnalyzeFunction(AnalyzerSpec spec) {
    this.spec = spec;
  }

  @Override
  public Row call(String text) {
    AnalyzedText analyzed = TextAnalysis.analyze(analyzer(), text);
    String[] gaps = text == null ? new String[0] : toArray(TokenGaps.of(text, analyzed));
    return RowFactory.create(toArray(analyzed.terms()), toArray(analyzed.surfaces()), gaps);
  }

  private FrenchNewsAnalyzer analyzer() {
    if (analyzer == null) {
      FrenchNewsAnalyzer created = new FrenchNewsAnalyzer(spec);
      TaskContext task = TaskContext.get();
      if (task != null) {
        task.addTaskCompletionListener((TaskCompletionListener) context -> created.close());
      }
      analyzer = created;
    }
    return analyzer;
  }

  private static String[] toArray(List<String> words) {
    return words.toArray(new String[0]);
  }
}
