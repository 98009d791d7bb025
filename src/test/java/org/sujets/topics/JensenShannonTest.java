package org.sujets.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JensenShannonTest {
  @Test
  void isZeroForEqualAndOneForDisjointDistributions() {
    double[] p = {0.5, 0.5, 0};
    assertEquals(0, JensenShannon.distance(p, p), 1e-12);
    assertEquals(1, JensenShannon.distance(new double[] {1, 0}, new double[] {0, 1}), 1e-12);
  }

  @Test
  void matrixIsSymmetricWithZeroDiagonal() {
    double[][] d = JensenShannon.matrix(new double[][] {{1, 0}, {0.5, 0.5}, {0, 1}});
    for (int i = 0; i < 3; i++) {
      assertEquals(0, d[i][i]);
      for (int j = 0; j < 3; j++) {
        assertEquals(d[i][j], d[j][i]);
      }
    }
    assertEquals(d[0][1], d[1][2], 1e-12);
  }
}
