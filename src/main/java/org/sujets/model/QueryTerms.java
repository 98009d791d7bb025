package org.sujets.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.sujets.analysis.AnalyzedText;
import org.sujets.analysis.FrenchNewsAnalyzer;
import org.sujets.analysis.TextAnalysis;
import org.sujets.analysis.TokenGaps;
import org.sujets.features.FrenchNewsTokenizer;
import org.sujets.features.PhraseJoiner;
import org.sujets.features.PhraseModel;

/**
 * A search query analysed exactly as the model's run analysed its articles: the saved tokenizer's
 * Lucene chain (stop words, stemming: "retraites" gives the term of "retraite"), then each saved
 * phrase stage ("corée du nord" becomes one term when the run learned it). A phrase the
 * vocabulary does not hold falls back to its words. Runs on the driver, without Spark: the same
 * code the stages run on each article.
 *
 * @param known the query's vocabulary terms, in query order, each once
 * @param unknown the query's words (as typed) that are not in the vocabulary
 */
public record QueryTerms(List<Term> known, List<String> unknown) {
  public QueryTerms {
    known = List.copyOf(known);
    unknown = List.copyOf(unknown);
  }

  /** One vocabulary term of the query: as typed, as analysed, its index and readable word. */
  public record Term(String typed, String term, int index, String word) {}

  /** The vocabulary indices of the known terms. */
  public int[] indices() {
    return known.stream().mapToInt(Term::index).toArray();
  }

  /** Whether the query held any word at all once stop words were removed. */
  public boolean isEmpty() {
    return known.isEmpty() && unknown.isEmpty();
  }

  /** A unit of analysed text and the single tokens it was joined from. */
  private record Unit(String term, String surface, String gap, List<Unit> tokens) {
    List<Unit> words() {
      return tokens.isEmpty() ? List.of(this) : tokens;
    }
  }

  /** Analyses {@code query} with the bundle's tokenizer and phrase stages, in pipeline order. */
  public static QueryTerms analyse(TopicModelBundle bundle, String query) {
    return analyse(bundle.pipeline(), bundle.manifest().readable(), query);
  }

  /**
   * Analyses {@code query} with the tokenizer and phrase stages of a fitted text pipeline (a run's,
   * before its model is saved), matched to the vocabulary of its term counts.
   *
   * @param readable the readable word of each vocabulary index
   */
  public static QueryTerms analyse(PipelineModel pipeline, String[] readable, String query) {
    List<Unit> units = tokens(stage(pipeline, FrenchNewsTokenizer.class), query);
    for (Transformer stage : pipeline.stages()) {
      if (stage instanceof PhraseModel phrases) {
        units = join(phrases.joiner(), units);
      }
    }
    String[] vocabulary = stage(pipeline, CountVectorizerModel.class).vocabulary();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < vocabulary.length; i++) {
      index.put(vocabulary[i], i);
    }
    List<Term> known = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (Unit unit : units) {
      boolean whole = index.containsKey(unit.term());
      for (Unit part : whole ? List.of(unit) : unit.words()) {
        Integer i = index.get(part.term());
        if (i == null) {
          unknown.add(part.surface());
        } else if (known.stream().noneMatch(t -> t.index() == i)) {
          known.add(new Term(part.surface(), part.term(), i, readable[i]));
        }
      }
    }
    return new QueryTerms(known, unknown.stream().distinct().toList());
  }

  private static <T> T stage(PipelineModel pipeline, Class<T> type) {
    for (Transformer stage : pipeline.stages()) {
      if (type.isInstance(stage)) {
        return type.cast(stage);
      }
    }
    throw new IllegalArgumentException("no " + type.getSimpleName() + " in the text pipeline");
  }

  private static List<Unit> tokens(FrenchNewsTokenizer tokenizer, String query) {
    AnalyzedText analyzed;
    try (FrenchNewsAnalyzer analyzer = new FrenchNewsAnalyzer(tokenizer.analyzerSpec())) {
      analyzed = TextAnalysis.analyze(analyzer, query);
    }
    List<String> gaps = TokenGaps.of(query, analyzed);
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < analyzed.terms().size(); i++) {
      units.add(new Unit(analyzed.terms().get(i), analyzed.surfaces().get(i), gaps.get(i), List.of()));
    }
    return units;
  }

  /** One phrase stage over the units; a joined unit remembers the single tokens it covers. */
  private static List<Unit> join(PhraseJoiner joiner, List<Unit> units) {
    PhraseJoiner.Units joined = joiner.apply(
        units.stream().map(Unit::term).toArray(String[]::new),
        units.stream().map(Unit::surface).toArray(String[]::new),
        units.stream().map(Unit::gap).toArray(String[]::new));
    List<Unit> out = new ArrayList<>();
    int from = 0;
    for (int u = 0; u < joined.terms().size(); u++) {
      int length = joined.lengths().get(u);
      List<Unit> covered = units.subList(from, from + length);
      List<Unit> tokens = length == 1 ? covered.get(0).tokens()
          : covered.stream().flatMap(c -> c.words().stream()).toList();
      out.add(new Unit(joined.terms().get(u), joined.surfaces().get(u), joined.gaps().get(u), tokens));
      from += length;
    }
    return out;
  }
}
