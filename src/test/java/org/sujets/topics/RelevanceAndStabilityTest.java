package org.sujets.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RelevanceAndStabilityTest {
  // word 0 is frequent everywhere; word 1 is rare overall but typical of the topic
  private static final double[] TOPIC = {0.5, 0.3, 0.2, 0.0};
  private static final double[] CORPUS = {0.7, 0.05, 0.15, 0.1};

  @Test
  void lambdaOneRanksByProbability() {
    assertArrayEquals(new int[] {0, 1, 2}, Relevance.top(TOPIC, CORPUS, 1.0, 5));
  }

  @Test
  void lowerLambdaPromotesDistinctiveWords() {
    // λ = 0.6: word 1 → 0.6 ln .3 + 0.4 ln 6 ≈ −0.006; word 0 → 0.6 ln .5 + 0.4 ln(5/7) ≈ −0.550
    assertEquals(0.6 * Math.log(0.3) + 0.4 * Math.log(6), Relevance.relevance(0.3, 0.05, 0.6), 1e-12);
    assertArrayEquals(new int[] {1, 0, 2}, Relevance.top(TOPIC, CORPUS, 0.6, 5));
    assertArrayEquals(new int[] {1, 2, 0}, Relevance.top(TOPIC, CORPUS, 0.0, 5));
  }

  @Test
  void onlyTheTopicsMostProbableWordsAreRanked() {
    // 40 words, by falling probability in the topic; the last is rare in the corpus (a huge lift).
    int size = Relevance.CANDIDATES + 10;
    double[] topic = new double[size];
    double[] corpus = new double[size];
    for (int w = 0; w < size; w++) {
      topic[w] = size - w;
      corpus[w] = 1;
    }
    corpus[size - 1] = 1e-6;
    int[] ranked = Relevance.top(Relevance.distribution(topic), Relevance.distribution(corpus), 0.0, 10);
    for (int w : ranked) {
      assertTrue(w < Relevance.CANDIDATES, "word " + w + " is not among the topic's most probable");
    }
    corpus[Relevance.CANDIDATES - 1] = 1e-6; // the same lift, inside the candidates: ranked first
    assertEquals(Relevance.CANDIDATES - 1,
        Relevance.top(Relevance.distribution(topic), Relevance.distribution(corpus), 0.0, 10)[0]);
  }

  @Test
  void rejectsLambdaOutsideUnitInterval() {
    assertThrows(IllegalArgumentException.class, () -> Relevance.top(TOPIC, CORPUS, 1.5, 3));
  }

  @Test
  void corpusDistributionSumsToOne() {
    assertArrayEquals(new double[] {0.25, 0.75, 0}, Relevance.distribution(new double[] {1, 3, 0}), 1e-12);
  }

  @Test
  void stabilityMatchesPermutedTopics() {
    double[][] a = {{0.9, 0.1, 0, 0}, {0, 0.1, 0.9, 0}, {0, 0, 0.1, 0.9}};
    double[][] b = {a[2], a[0], a[1]};
    SeedStability.Match match = SeedStability.match(a, b);
    assertArrayEquals(new int[] {1, 2, 0}, match.assignment());
    assertEquals(1.0, match.mean(), 1e-12);
    double[][] disjoint = {{0, 0, 0, 1}, {1, 0, 0, 0}, {0, 1, 0, 0}};
    double[][] c = {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}};
    assertEquals(0.0, SeedStability.match(new double[][] {{1, 0}}, new double[][] {{0, 1}}).mean(), 1e-12);
    assertEquals(2.0 / 3, SeedStability.match(disjoint, c).mean(), 1e-12);
  }
}
