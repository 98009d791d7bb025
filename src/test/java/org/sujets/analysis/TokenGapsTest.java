package org.sujets.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sujets.RandomText;

class TokenGapsTest {

  /** Text → the gap before each token ({@code null} for the first one and for long gaps). */
  static Stream<Arguments> gaps() {
    return Stream.of(
        Arguments.of("Corée du Nord", Arrays.asList(null, "du")),
        Arguments.of("conseil de sécurité", Arrays.asList(null, "de")),
        Arguments.of("Kim  Jong-un", Arrays.asList(null, "")),
        Arguments.of("porte-parole", Arrays.asList(null, "-")),
        Arguments.of("ministre\u00A0de\u202Fl’Intérieur", Arrays.asList(null, "de l'")),
        Arguments.of("ministre de L'INTÉRIEUR", Arrays.asList(null, "de l'")),
        Arguments.of("fusée\n\t lancée", Arrays.asList(null, "")),
        Arguments.of("Pyongyang, « Séoul »", Arrays.asList(null, ", «")),
        Arguments.of("banque   DE\u00A0 France", Arrays.asList(null, "de")),
        Arguments.of("lancement " + " ".repeat(30) + "réussi", Arrays.asList(null, null)));
  }

  @ParameterizedTest
  @MethodSource
  void gaps(String text, List<String> expected) {
    try (FrenchNewsAnalyzer analyzer = new FrenchNewsAnalyzer(AnalyzerSpec.defaults())) {
      assertEquals(expected, TokenGaps.of(text, TextAnalysis.analyze(analyzer, text)), text);
    }
  }

  /** Raw gap → normal form. */
  static Stream<Arguments> normalize() {
    return Stream.of(
        Arguments.of("", ""),
        Arguments.of(" ", ""),
        Arguments.of(", ", ","),
        Arguments.of("  DE\u00A0 L’", "de l'"),
        Arguments.of("\t«\u202F", "«"),
        Arguments.of("\u0001 du \u0002", "du"), // trim() also takes control characters off the ends
        Arguments.of("a\u0001\u2007\n b", "a\u0001 b"),
        Arguments.of("\u00C9TAT\u2019S", "état's"),
        Arguments.of(" ΟΔΟΣ ", "οδος"), // final sigma, as String.toLowerCase makes it
        Arguments.of("İ", "i\u0307"));
  }

  @ParameterizedTest
  @MethodSource
  void normalize(String raw, String expected) {
    assertEquals(expected, TokenGaps.normalize(raw));
  }

  /** The loop in normalize does what its definition, a regular expression, does. */
  @Test
  void normalizeIsTheRegularExpressionItReplaces() {
    java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("[\\s\\u00A0\\u202F\\u2007]+");
    // İ and Σ lowercase by context, 𐐀 as a surrogate pair.
    RandomText texts = new RandomText(11, "aZ l’'ʼ-,. \u00A0\u202F\u2007\u2009\t\n\r\u000B\f\u0001Éé«»İΣ𐐀ÀÆ", 24);
    for (int n = 0; n < 20_000; n++) {
      String r = texts.next();
      String expected =
          spaces.matcher(TypographicChars.foldApostrophes(r.toLowerCase(java.util.Locale.ROOT))).replaceAll(" ").trim();
      assertEquals(expected, TokenGaps.normalize(r), r);
    }
  }

  /** The fast path for blank gaps gives what normalising the raw characters gives. */
  @Test
  void sameAsNormalisingTheRawGap() {
    RandomText texts = new RandomText(7, "ab l’'-, \u00A0\u202F\u2007\t\nÉé«»", 40);
    try (FrenchNewsAnalyzer analyzer = new FrenchNewsAnalyzer(AnalyzerSpec.defaults())) {
      for (int n = 0; n < 5_000; n++) {
        String t = texts.next();
        AnalyzedText analyzed = TextAnalysis.analyze(analyzer, t);
        List<String> gaps = TokenGaps.of(t, analyzed);
        for (int i = 1; i < gaps.size(); i++) {
          int from = analyzed.endOffsets().get(i - 1);
          int start = analyzed.startOffsets().get(i);
          String token = t.substring(start, analyzed.endOffsets().get(i));
          int cut = token.length() - analyzed.surfaces().get(i).length();
          String elided = cut > 0 && "’'".indexOf(token.charAt(cut - 1)) >= 0 ? token.substring(0, cut) : "";
          String expected = start - from > TokenGaps.MAX_GAP_CHARS ? null
              : TokenGaps.normalize(t.substring(from, start) + elided);
          assertEquals(expected, gaps.get(i), t);
        }
      }
    }
  }
}
