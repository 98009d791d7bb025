package org.sujets.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The default chain (light stemmer) on phrases from the sample articles in {@code data/sample}.
 * Each row: input, expected surfaces, expected terms (space separated; empty for none).
 *
 * <p>Light stems are Lucene's {@code FrenchLightStemFilter}: it folds accents on words of five
 * letters or more (so {@code état} keeps its accent but {@code coréen} gives {@code coren}),
 * squeezes doubled letters ({@code russe} gives {@code ruse}) and conflates gender and number
 * ({@code coréen, coréenne, coréens} all give {@code coren}).
 */
class FrenchNewsAnalyzerTest {

  private static FrenchNewsAnalyzer analyzer;

  @BeforeAll
  static void createAnalyzer() {
    analyzer = new FrenchNewsAnalyzer(AnalyzerSpec.defaults());
  }

  @AfterAll
  static void closeAnalyzer() {
    analyzer.close();
  }

  static Stream<Arguments> newsPhrases() {
    String[][] table = {
      // Function words, guillemets and typographic apostrophe
      {"Kim Jong Un et Vladimir Poutine se sont qualifiés de « camarades » en trinquant",
          "kim jong vladimir poutine qualifiés camarades trinquant",
          "kim jong vladimi poutin qualif camarad trinquant"},
      {"à la prochaine victoire russe sur l’Occident.",
          "prochaine victoire russe occident", "prochain victoir ruse ocident"},
      // Elision with U+2019, lower and upper case
      {"L’Occident", "occident", "ocident"},
      {"d’une nation puissante", "nation puissante", "nation puisant"},
      {"ce qu’elle n’a pas réussi à faire seule", "réussi seule", "reusi seul"},
      {"La Corée du Nord et la Russie affirment qu’elles ne se sont pas rencontrées",
          "corée nord russie affirment rencontrées", "core nord rus afirment rencontr"},
      {"jusqu’à Vladivostok", "vladivostok", "vladivostok"},
      {"jusqu’où Poutine était prêt à aller", "poutine prêt aller", "poutin prêt aler"},
      {"L'État communiste secret", "état communiste secret", "état comunist secret"},
      {"dans l’Extrême-Orient russe", "extrême orient russe", "extrem orient ruse"},
      {"L’ÉLYSÉE A DÉMENTI", "élysée démenti", "elys dementi"},
      // Other apostrophe look-alikes: U+02BC, U+2018, U+00B4
      {"lʼOccident", "occident", "ocident"},
      {"l‘Occident", "occident", "ocident"},
      {"l´Occident", "occident", "ocident"},
      {"Aujourd’hui, Moscou et Pyongyang ont nié de telles intentions",
          "moscou pyongyang nié intentions", "moscou pyongyang nié intention"},
      {"D’ailleurs, le ministre russe de la Défense",
          "ministre russe défense", "ministr ruse defens"},
      // Hyphens split: with or without the hyphen, a name gives the same tokens
      {"Le dirigeant nord-coréen Kim Jong Un",
          "dirigeant nord coréen kim jong", "dirigeant nord coren kim jong"},
      {"Kim Jong-un", "kim jong", "kim jong"},
      {"L’Extrême-Orient", "extrême orient", "extrem orient"},
      {"a-t-il", "", ""},
      {"« Je vous remercie d'être venu en Russie », a-t-il déclaré",
          "remercie venu russie", "remerc venu rus"},
      {"le porte-parole du Kremlin, Dmitri Peskov",
          "porte parole kremlin dmitri peskov", "port parol kremlin dmitri peskov"},
      {"en tête-à-tête des affaires mondiales",
          "tête tête affaires mondiales", "tête tête afair mondial"},
      {"les États-Unis et les autres alliés de Kiev",
          "états unis alliés kiev", "état uni alie kiev"},
      {"l’amitié russo-coréenne", "amitié russo coréenne", "amit ruso coren"},
      {"Komsomolsk-sur-l’Amour", "komsomolsk amour", "komsomolsk amou"},
      // Numbers and tokens starting with a digit go; letters with a digit stay
      {"Poutine, 70 ans, et Kim, 39 ans", "poutine kim", "poutin kim"},
      {"le 13 septembre 2023", "septembre", "septembr"},
      {"Tous les mardis à 11h", "mardis", "mardi"},
      {"le 1er lancement, le 13e sommet", "lancement sommet", "lanc somet"},
      {"la pandémie de Covid-19", "pandémie covid", "pandem covid"},
      {"le sommet du G7", "sommet g7", "somet g7"},
      {"la nouvelle fusée de lancement spatiale russe de 42,7 mètres",
          "nouvelle fusée lancement spatiale russe mètres",
          "nouvel fuse lanc spatial ruse metr"},
      {"un site de lancement de lanceurs Soyouz-2",
          "site lancement lanceurs soyouz", "site lanc lanceu soyouz"},
      // Titles: M., MM., Mme
      {"a déclaré M. Poutine en serrant la main de M. Kim",
          "poutine serrant main kim", "poutin serant main kim"},
      {"MM. Kim et Poutine se sont entretenus",
          "kim poutine entretenus", "kim poutin entretenu"},
      {"la porte-parole du ministère, Mme Zakharova",
          "porte parole ministère zakharova", "port parol minist zakharova"},
      // No-break spaces: U+202F inside guillemets, U+00A0 between words
      {"seront «\u202Fla priorité absolue\u202F» de Kim Jong-un",
          "priorité absolue kim jong", "priorit absolu kim jong"},
      {"le\u00A0cosmodrome de\u00A0Vostochny", "cosmodrome vostochny", "cosmodrom vostochny"},
      // The two transliterations stay two words: no stemmer merges them
      {"au cosmodrome russe de Vostotchny",
          "cosmodrome russe vostotchny", "cosmodrom ruse vostotchny"},
      // Uppercase headlines
      {"ZONES SENSIBLES", "zones sensibles", "zone sensibl"},
      {"MISSILES BALISTIQUES", "missiles balistiques", "misil balist"},
      {"AIDER LA CORÉE DU NORD À CONSTRUIRE DES SATELLITES",
          "aider corée nord construire satellites", "aid core nord construir satelit"},
      // News function words
      {"Recevez le meilleur de l’actualité internationale aujourd’hui",
          "recevez meilleur actualité internationale", "recevez meileu actualit international"},
      {"« C’est pourquoi nous sommes venus ici »", "venus", "venu"},
      {"Il s’agit du premier lancement de ce type", "premier lancement type", "premi lanc type"},
      {"les responsables américains et sud-coréens ont exprimé leur inquiétude",
          "responsables américains sud coréens exprimé inquiétude",
          "responsabl americain sud coren exprim inquietud"},
      {"Sergueï Choïgou a participé aux entretiens",
          "sergueï choïgou participé entretiens", "sergueï choïgou particip entretien"},
    };
    return Arrays.stream(table).map(row -> Arguments.of(row[0], words(row[1]), words(row[2])));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("newsPhrases")
  void analyzesNewsPhrase(String input, List<String> surfaces, List<String> terms) {
    AnalyzedText result = TextAnalysis.analyze(analyzer, input);
    assertEquals(surfaces, result.surfaces(), () -> "surfaces of: " + input);
    assertEquals(terms, result.terms(), () -> "terms of: " + input);
  }

  @Test
  void everyApostropheFormElides() {
    for (String apostrophe : List.of("'", "’", "ʼ", "‘", "´", "`", "＇", "′")) {
      String input = "L" + apostrophe + "Occident et d" + apostrophe + "une";
      assertEquals(
          List.of("occident"), TextAnalysis.analyze(analyzer, input).surfaces(), () -> input);
    }
  }

  @Test
  void nameWithAndWithoutHyphenGivesSameTokens() {
    assertEquals(
        TextAnalysis.analyze(analyzer, "Kim Jong Un"),
        TextAnalysis.analyze(analyzer, "Kim Jong-un"));
  }

  @Test
  void lightStemmerConflatesGenderAndNumber() {
    AnalyzedText result =
        TextAnalysis.analyze(analyzer, "coréen coréenne coréens coréennes satellite satellites");
    assertEquals(
        List.of("coren", "coren", "coren", "coren", "satelit", "satelit"), result.terms());
  }

  private static List<String> words(String spaceSeparated) {
    return spaceSeparated.isEmpty() ? List.of() : List.of(spaceSeparated.split(" "));
  }
}
