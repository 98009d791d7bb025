package org.sujets.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class StemmerTest {

  private static final String SENTENCE =
      "Les dirigeants nord-coréens ont discuté des questions militaires et des satellites russes";

  private static final List<String> SURFACES =
      List.of("dirigeants", "nord", "coréens", "discuté", "questions", "militaires", "satellites",
          "russes");

  @Test
  void parseIgnoresCaseAndBlanks() {
    assertEquals(Stemmer.LIGHT, Stemmer.parse("light"));
    assertEquals(Stemmer.MINIMAL, Stemmer.parse("Minimal"));
    assertEquals(Stemmer.SNOWBALL, Stemmer.parse(" SNOWBALL "));
    assertEquals(Stemmer.NONE, Stemmer.parse("none"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"xyz", "", "porter", "lite"})
  void parseRejectsUnknownNames(String name) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Stemmer.parse(name));
    assertEquals(
        "unknown stemmer '" + name + "': use light, minimal, snowball or none", e.getMessage());
  }

  @Test
  void parseRejectsNull() {
    assertThrows(IllegalArgumentException.class, () -> Stemmer.parse(null));
  }

  @Test
  void lightStemmer() {
    assertStems(Stemmer.LIGHT,
        List.of("dirigeant", "nord", "coren", "discut", "question", "militair", "satelit", "ruse"));
  }

  @Test
  void minimalStemmer() {
    // Plurals only, accents kept; it also strips a final e, hence russes -> rus.
    assertStems(Stemmer.MINIMAL,
        List.of("dirigeant", "nord", "coréen", "discut", "question", "militair", "satellit",
            "rus"));
  }

  @Test
  void snowballStemmer() {
    assertStems(Stemmer.SNOWBALL,
        List.of("dirig", "nord", "coréen", "discut", "question", "militair", "satellit", "russ"));
  }

  @Test
  void noStemmer() {
    assertStems(Stemmer.NONE, SURFACES);
  }

  @ParameterizedTest
  @EnumSource(Stemmer.class)
  void surfacesDoNotDependOnStemmer(Stemmer stemmer) {
    try (FrenchNewsAnalyzer analyzer =
        new FrenchNewsAnalyzer(new AnalyzerSpec(stemmer, List.of(), 2))) {
      assertEquals(SURFACES, TextAnalysis.analyze(analyzer, SENTENCE).surfaces());
    }
  }

  private static void assertStems(Stemmer stemmer, List<String> expected) {
    try (FrenchNewsAnalyzer analyzer =
        new FrenchNewsAnalyzer(new AnalyzerSpec(stemmer, List.of(), 2))) {
      AnalyzedText result = TextAnalysis.analyze(analyzer, SENTENCE);
      assertEquals(expected, result.terms(), stemmer::name);
      assertEquals(SURFACES, result.surfaces(), stemmer::name);
    }
  }
}
