package org.sujets.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceFrequenciesTest {
  @Test
  void zipfSharesAddUpOverTheFormsOneTermMerges() {
    try (FrenchNewsAnalyzer analyzer = new FrenchNewsAnalyzer(AnalyzerSpec.defaults())) {
      // ranks 1..4; "le" is a stop word; "chats" and "chat" stem to one term
      ReferenceFrequencies ref = ReferenceFrequencies.of(List.of("le", "chat", "maison", "chats"), analyzer);
      double h = 1 + 1 / 2.0 + 1 / 3.0 + 1 / 4.0;
      String chat = TextAnalysis.analyze(analyzer, "chat").terms().get(0);
      assertEquals(1e6 * (1 / 2.0 + 1 / 4.0) / h, ref.perMillion(chat), 1e-6);
      assertEquals(1e6 / (3 * h), ref.perMillion(TextAnalysis.analyze(analyzer, "maison").terms().get(0)), 1e-6);
      assertEquals(1e6 / (2 * 4 * h), ref.perMillion("cosmodrome"), 1e-6, "unlisted: half the last rank");
      assertEquals(ref.unlisted(), ref.perMillion("corée du nord"), 0.0, "a phrase is unlisted");
    }
  }

  @Test
  void theShippedListKnowsCommonWordsAndNotNames() {
    try (FrenchNewsAnalyzer analyzer = new FrenchNewsAnalyzer(AnalyzerSpec.defaults())) {
      ReferenceFrequencies ref = ReferenceFrequencies.forAnalyzer(analyzer);
      double maison = ref.perMillion(TextAnalysis.analyze(analyzer, "maison").terms().get(0));
      double lundi = ref.perMillion(TextAnalysis.analyze(analyzer, "lundi").terms().get(0));
      assertTrue(maison > 100 * ref.unlisted(), "maison " + maison);
      assertTrue(lundi > 10 * ref.unlisted(), "lundi " + lundi);
      assertEquals(ref.unlisted(), ref.perMillion("pyongyang"), 0.0);
    }
  }

  @Test
  void calendarWordsAreTheRunsTerms() {
    try (FrenchNewsAnalyzer analyzer = new FrenchNewsAnalyzer(AnalyzerSpec.defaults())) {
      var terms = CalendarWords.terms(analyzer);
      assertEquals(19, terms.size());
      assertTrue(terms.contains(TextAnalysis.analyze(analyzer, "Décembre").terms().get(0)));
    }
  }
}
