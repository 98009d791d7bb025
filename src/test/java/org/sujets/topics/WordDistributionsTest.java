package org.sujets.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.apache.spark.ml.linalg.DenseMatrix;
import org.junit.jupiter.api.Test;

class WordDistributionsTest {
  /** 3 words × 2 topics, column-major: topic 0 expects 6, 2, 0 of them; topic 1 expects 1, 3, 8. */
  private static final DenseMatrix EXPECTED_COUNTS = new DenseMatrix(3, 2, new double[] {6, 2, 0, 1, 3, 8});

  @Test
  void theCorpusDistributionIsEachWordsExpectedCountOverAllTopics() {
    assertArrayEquals(new double[] {7 / 20.0, 5 / 20.0, 8 / 20.0}, WordDistributions.corpusOf(EXPECTED_COUNTS), 1e-12);
  }

  @Test
  void eachTopicIsItsColumnScaledToOne() {
    double[][] dist = WordDistributions.of(EXPECTED_COUNTS);
    assertArrayEquals(new double[] {0.75, 0.25, 0}, dist[0], 1e-12);
    assertArrayEquals(new double[] {1 / 12.0, 3 / 12.0, 8 / 12.0}, dist[1], 1e-12);
  }

  @Test
  void topTermsAreByProbabilityThenByIndex() {
    int[][] top = WordDistributions.topTerms(new double[][] {{0.2, 0.5, 0.2, 0.1}}, 3);
    assertArrayEquals(new int[] {1, 0, 2}, top[0]);
  }
}
