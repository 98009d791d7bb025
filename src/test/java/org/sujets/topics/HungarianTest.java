package org.sujets.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HungarianTest {
  @Test
  void solvesAClassicExample() {
    double[][] cost = {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}};
    // optimum: row0→1 (1), row1→0 (2), row2→2 (2) = 5
    assertArrayEquals(new int[] {1, 0, 2}, Hungarian.solve(cost));
  }

  @Test
  void matchesBruteForceOnRandomMatrices() {
    Random random = new Random(7);
    for (int trial = 0; trial < 200; trial++) {
      int n = 1 + random.nextInt(6);
      double[][] cost = new double[n][n];
      for (double[] row : cost) {
        for (int j = 0; j < n; j++) {
          row[j] = random.nextInt(4) == 0 ? 0.5 : random.nextDouble() * 10 - 3;
        }
      }
      int[] assignment = Hungarian.solve(cost);
      boolean[] taken = new boolean[n];
      double total = 0;
      for (int i = 0; i < n; i++) {
        assertEquals(false, taken[assignment[i]], "each column once");
        taken[assignment[i]] = true;
        total += cost[i][assignment[i]];
      }
      assertEquals(bruteForce(cost, 0, new boolean[n]), total, 1e-9);
    }
  }

  @Test
  void rejectsNonSquare() {
    assertThrows(IllegalArgumentException.class, () -> Hungarian.solve(new double[][] {{1, 2}}));
  }

  private static double bruteForce(double[][] cost, int row, boolean[] used) {
    if (row == cost.length) {
      return 0;
    }
    double best = Double.POSITIVE_INFINITY;
    for (int j = 0; j < cost.length; j++) {
      if (!used[j]) {
        used[j] = true;
        best = Math.min(best, cost[row][j] + bruteForce(cost, row + 1, used));
        used[j] = false;
      }
    }
    return best;
  }
}
