package org.sujets.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sujets.RandomText;

class BoilerplateLinesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "À LIRE AUSSI : l’essai du 12 mai 2023 | à lire aussi : l'essai du 0 mai 0",
      "  • Temps de lecture :\u00A02 min  | temps de lecture : 0 min",
      "-- Publié le 13/09/2023 à 23h13 | publié le 0/0/0 à 0h0",
      "\u0001•\tInscrivez-vous\u202Fà la newsletter | inscrivez-vous à la newsletter",
      "Cafe\u0301 | café",
      "•••  | \"\"",
      "1.000.000 d’euros | 0.0.0 d'euros"})
  void normalize(String line, String expected) {
    assertEquals(expected, BoilerplateLines.normalize(line));
  }

  /** The single-pass normalize gives what the rule in its javadoc, written as regexes, gives. */
  @Test
  void normalizeFollowsItsDefinition() {
    // İ and Σ lowercase by context, 𐐀 as a surrogate pair.
    RandomText lines = new RandomText(11, "aÉé9 0\t\n\u00A0\u202F\u2007’'`•-—*>|\u0001e\u0301İΣΟ𐐀", 30);
    for (int n = 0; n < 20_000; n++) {
      String text = lines.next();
      assertEquals(definition(text), BoilerplateLines.normalize(text), text);
    }
  }

  private static String definition(String line) {
    String s = Normalizer.normalize(line, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    s = Pattern.compile("[’ʼ‘´`＇′]").matcher(s).replaceAll("'");
    s = Pattern.compile("\\d+").matcher(s).replaceAll("0");
    s = Pattern.compile("[\\s\\u00A0\\u202F\\u2007]+").matcher(s).replaceAll(" ").trim();
    return Pattern.compile("^[•·\\-–—*>|]+ ?").matcher(s).replaceAll("").trim();
  }

  /** lines() splits as the regular expression it replaces, \\R with the trailing empty line kept. */
  @Test
  void linesSplitLikeTheLineBreakRegularExpression() {
    Pattern lineBreak = Pattern.compile("\\R");
    RandomText texts = new RandomText(5, "ab \r\n\u000B\f\u0085\u2028\u2029\t", 20);
    for (int n = 0; n < 20_000; n++) {
      String t = texts.next();
      assertEquals(List.of(lineBreak.split(t, -1)), BoilerplateLines.lines(t), t);
    }
  }

  /** The patterns matched as one alternation decide as matching them one by one does. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "temps de lecture : 0 min | true",
      "à lire aussi : l'essai du 0 mai 0 | true",
      "par jean dupont avec l'afp | true",
      "partager sur facebook twitter | true",
      "@ pseudo, le 0/0/0 à 0 : 0 | true",
      "merci ! | true",
      "merci pour tout | false",
      "la fusée a décollé. | false",
      "lire aussi | false",
      "le lancement, à lire aussi : demain | false"})
  void onePatternForAll(String normalized, boolean expected) {
    boolean oneByOne = BoilerplateLines.PATTERNS.stream().anyMatch(p -> p.matcher(normalized).matches());
    assertEquals(expected, oneByOne, normalized);
    assertEquals(oneByOne, BoilerplateLines.matchesPattern(normalized), normalized);
  }

  @Test
  void cleanRemovesPatternsLearnedLinesCreditsAndComments() {
    BoilerplateLines rules = new BoilerplateLines(
        Set.of(BoilerplateLines.key("site", "partagez vos idées")), true);
    String text = String.join("\n",
        "Temps de lecture : 3 min",
        "La fusée a décollé. © Jean Dupont / AFP",
        "Partagez vos idées",
        "Le lancement est un succès.",
        "12 commentaires",
        "Super article !");
    BoilerplateLines.Cleaned cleaned = rules.clean(text, "site");
    assertEquals("La fusée a décollé.\nLe lancement est un succès.\n", cleaned.text());
    assertEquals(List.of("Temps de lecture : 3 min", "© Jean Dupont / AFP", "Partagez vos idées",
        "12 commentaires", "Super article !"), cleaned.removed());
  }
}
