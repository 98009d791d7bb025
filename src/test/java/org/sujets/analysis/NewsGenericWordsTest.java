package org.sujets.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NewsGenericWordsTest {
  /** Topical words whose stem a careless generic list would take with it (see the file's header). */
  private static final List<String> TOPICAL = List.of(
      "parti", "partis", "port", "mètres", "parlement", "données", "coupe", "sénateur", "formation",
      "génération", "sortie", "finale", "rapport", "appel", "prix", "total", "personnel", "gouvernement",
      "police", "président", "enfants", "covid", "coronavirus", "élections", "macron");

  @Test
  void everyListedWordIsAContentWordOfTheAnalyzer() {
    try (FrenchNewsAnalyzer analyzer = new FrenchNewsAnalyzer(AnalyzerSpec.defaults())) {
      List<String> dropped = new ArrayList<>();
      for (String word : NewsGenericWords.words()) {
        if (TextAnalysis.analyze(analyzer, word).terms().size() != 1) {
          dropped.add(word);
        }
      }
      assertEquals(List.of(), dropped, "words the analyzer drops or splits: list them nowhere");
    }
  }

  @Test
  void noTopicalWordSharesAStemWithAGenericOne() {
    try (FrenchNewsAnalyzer analyzer = new FrenchNewsAnalyzer(AnalyzerSpec.defaults())) {
      Set<String> generic = NewsGenericWords.terms(analyzer);
      for (String word : TOPICAL) {
        List<String> terms = TextAnalysis.analyze(analyzer, word).terms();
        assertTrue(terms.stream().noneMatch(generic::contains), word + " → " + terms + " is excluded");
      }
    }
  }

  @Test
  void theIssuesExamplesAndTheCalendarAreExcludedAsTheirInflections() {
    try (FrenchNewsAnalyzer analyzer = new FrenchNewsAnalyzer(AnalyzerSpec.defaults())) {
      Set<String> generic = NewsGenericWords.terms(analyzer);
      for (String word : List.of("explique", "petits", "grandes", "dernières", "point", "retrouvé",
          "présentée", "question", "france", "dimanche", "mars")) {
        List<String> terms = TextAnalysis.analyze(analyzer, word).terms();
        assertTrue(generic.containsAll(terms) && !terms.isEmpty(), word + " → " + terms);
      }
    }
  }
}
