package org.sujets.analysis;

import java.io.Reader;
import java.util.Arrays;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.FrenchStemmer;

/**
 * {@link Analyzer} for French news text, built from an {@link AnalyzerSpec}.
 *
 * <p>The chain, in order:
 *
 * <ol>
 *   <li>{@link TypographicCharFilter}: apostrophe look-alikes (’ ʼ ‘ ´ ` ＇ ′) become {@code '},
 *       and no-break spaces (U+00A0, U+202F, U+2007) a plain space;
 *   <li>{@link StandardTokenizer} (Unicode UAX#29 word boundaries);
 *   <li>{@link ElisionFilter} with the articles l, m, t, qu, n, s, j, d, c, jusqu, quoiqu,
 *       lorsqu, puisqu, whatever their case ({@code L'Occident} gives {@code Occident});
 *   <li>{@link LowerCaseFilter};
 *   <li>{@link StopFilter} with {@link FrenchNewsStopWords#defaults()} plus {@link
 *       AnalyzerSpec#extraStopWords()};
 *   <li>{@link NonWordFilter}: drops numbers and tokens starting with a digit ({@code 1er},
 *       {@code 11h}) or without any letter;
 *   <li>{@link LengthFilter}: drops tokens shorter than {@link AnalyzerSpec#minTokenLength()};
 *   <li>{@link SurfaceFormFilter}: keeps the lowercase accented word in {@link
 *       SurfaceFormAttribute};
 *   <li>the stemmer chosen by {@link AnalyzerSpec#stemmer()}: {@link FrenchLightStemFilter},
 *       {@link FrenchMinimalStemFilter}, {@link SnowballFilter} with the French Snowball stemmer,
 *       or none.
 * </ol>
 *
 * <p><b>Hyphens.</b> The tokenizer splits on hyphens, on purpose: a name gets the same tokens
 * with or without its hyphen, so {@code Kim Jong-un} and {@code Kim Jong Un} both give [kim,
 * jong] ({@code un} being a stop word). Likewise {@code porte-parole} gives [porte, parole],
 * {@code nord-coréen} [nord, coréen], {@code Extrême-Orient} [extrême, orient], and the
 * inverted {@code a-t-il} gives nothing. Multi-word units are rebuilt later by a phrase stage,
 * not here.
 *
 * <p>The analyzer is not serializable; ship the {@link AnalyzerSpec} and build one analyzer per
 * partition. Like every Lucene analyzer it reuses its chain per thread, so one instance serves
 * many texts.
 */
public final class FrenchNewsAnalyzer extends Analyzer {

  /** Elided articles and conjunctions, as in Lucene's {@code FrenchAnalyzer}; case ignored. */
  private static final CharArraySet ARTICLES =
      CharArraySet.unmodifiableSet(
          new CharArraySet(
              Arrays.asList(
                  "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu",
                  "puisqu"),
              true));

  private final AnalyzerSpec spec;
  private final CharArraySet stopWords;

  public FrenchNewsAnalyzer(AnalyzerSpec spec) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.stopWords = stopWords(spec);
  }

  /** The recipe this analyzer was built from. */
  public AnalyzerSpec spec() {
    return spec;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new TypographicCharFilter(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new TypographicCharFilter(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream result = new ElisionFilter(source, ARTICLES);
    result = new LowerCaseFilter(result);
    result = new StopFilter(result, stopWords);
    result = new NonWordFilter(result);
    result = new LengthFilter(result, spec.minTokenLength(), Integer.MAX_VALUE);
    result = new SurfaceFormFilter(result);
    result = stem(result, spec.stemmer());
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    // Query-time normalization of single terms: the same per-char steps as the full chain.
    return new LowerCaseFilter(new ElisionFilter(in, ARTICLES));
  }

  private static TokenStream stem(TokenStream in, Stemmer stemmer) {
    return switch (stemmer) {
      case LIGHT -> new FrenchLightStemFilter(in);
      case MINIMAL -> new FrenchMinimalStemFilter(in);
      case SNOWBALL -> new SnowballFilter(in, new FrenchStemmer());
      case NONE -> in;
    };
  }

  private static CharArraySet stopWords(AnalyzerSpec spec) {
    CharArraySet defaults = FrenchNewsStopWords.defaults();
    if (spec.extraStopWords().isEmpty()) {
      return defaults;
    }
    CharArraySet words = new CharArraySet(defaults, false);
    words.addAll(spec.extraStopWords());
    return CharArraySet.unmodifiableSet(words);
  }
}
