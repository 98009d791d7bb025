package org.sujets.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sujets.analysis.AnalyzerSpec;
import org.sujets.analysis.FrenchNewsAnalyzer;
import org.sujets.analysis.ReferenceFrequencies;

class KeynessTest {
  private static ReferenceFrequencies reference() {
    try (FrenchNewsAnalyzer analyzer = new FrenchNewsAnalyzer(AnalyzerSpec.defaults())) {
      return ReferenceFrequencies.forAnalyzer(analyzer);
    }
  }

  @Test
  void repeatMentionsAgainstGeneralFrenchWithKilgarriffsSmoothing() {
    ReferenceFrequencies ref = reference();
    String[] terms = {"pyongyang", "lundi", "cosmodrom", "mardi"};
    // 1,000,000 occurrences in all; lundi used once in each of 4,000 articles, pyongyang 3 times in each of 1,000
    double[] occurrences = {3000, 4000, 2000, 991_000};
    double[] articles = {1000, 4000, 500, 1000};
    double[] scores = Keyness.scores(occurrences, articles, terms, ref, Set.of("mardi"));
    double n = Keyness.SMOOTHING_PER_MILLION;
    assertEquals((2000 + n) / (ref.perMillion("pyongyang") + n), scores[0], 1e-9);
    assertEquals(0, scores[1], 0.0, "never repeated within an article");
    assertEquals((1500 + n) / (ref.unlisted() + n), scores[2], 1e-9);
    assertEquals(0, scores[3], 0.0, "excluded");
  }

  @Test
  void aWordEveryArticleRepeatsStillCounts() {
    // TF-IDF gives 0 to a term in every article; keyness does not.
    double[] scores = Keyness.scores(new double[] {50, 5}, new double[] {5, 5},
        new String[] {"poutin", "maison"}, reference(), Set.of());
    assertTrue(scores[0] > 100, "poutine " + scores[0]);
    assertEquals(0, scores[1], 0.0);
  }

  @Test
  void anEmptyCorpusScoresNothing() {
    assertEquals(List.of(0.0), List.of(Keyness.scores(new double[1], new double[1], new String[] {"x"},
        reference(), Set.of())[0]));
  }
}
