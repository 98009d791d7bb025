package org.sujets.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Runs an analyzer over a text and collects its terms and surface forms. */
public final class TextAnalysis {

  /** Field name passed to the analyzer; {@link FrenchNewsAnalyzer} treats all fields alike. */
  private static final String FIELD = "text";

  private static final AnalyzedText EMPTY = new AnalyzedText(List.of(), List.of());

  private TextAnalysis() {}

  /**
   * Analyzes {@code text}. A null or empty text gives empty lists. With an analyzer that has no
   * {@link SurfaceFormFilter}, surfaces are the terms themselves.
   *
   * <p>Hot path: reuse one analyzer for many texts (its chain is reused per thread).
   */
  public static AnalyzedText analyze(Analyzer analyzer, String text) {
    if (text == null || text.isEmpty()) {
      return EMPTY;
    }
    List<String> terms = new ArrayList<>();
    List<String> surfaces = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    List<Integer> increments = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(FIELD, text)) {
      CharTermAttribute termAtt = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offsetAtt = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute incrementAtt = stream.addAttribute(PositionIncrementAttribute.class);
      SurfaceFormAttribute surfaceAtt =
          stream.hasAttribute(SurfaceFormAttribute.class)
              ? stream.getAttribute(SurfaceFormAttribute.class)
              : null;
      stream.reset();
      while (stream.incrementToken()) {
        String term = termAtt.toString();
        boolean unchanged = surfaceAtt == null || sameAsTerm(termAtt, surfaceAtt);
        terms.add(term);
        surfaces.add(unchanged ? term : surfaceAtt.surface());
        starts.add(offsetAtt.startOffset());
        ends.add(offsetAtt.endOffset());
        increments.add(incrementAtt.getPositionIncrement());
      }
      stream.end();
    } catch (IOException e) {
      // Reading from a String cannot fail; a filter that does is a bug worth surfacing.
      throw new UncheckedIOException("analysis failed", e);
    }
    return new AnalyzedText(terms, surfaces, starts, ends, increments);
  }

  /** True when stemming left the word unchanged, so the term string can be shared. */
  private static boolean sameAsTerm(CharTermAttribute termAtt, SurfaceFormAttribute surfaceAtt) {
    return Arrays.equals(
        termAtt.buffer(), 0, termAtt.length(),
        surfaceAtt.surfaceBuffer(), 0, surfaceAtt.surfaceLength());
  }
}
