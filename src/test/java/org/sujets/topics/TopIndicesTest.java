package org.sujets.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link TopIndices} against sorting every index, on scores with many ties. */
class TopIndicesTest {
  @Test
  void sameAsSortingEveryIndex() {
    Random random = new Random(7);
    double[] levels = {0.0, -0.0, 0.1, 0.25, 0.5, 1e-9, Double.NEGATIVE_INFINITY};
    for (int round = 0; round < 300; round++) {
      int size = random.nextInt(60);
      double[] score = new double[size];
      for (int i = 0; i < size; i++) {
        score[i] = levels[random.nextInt(levels.length)];
      }
      Comparator<Integer> order = Comparator.comparingDouble((Integer w) -> -score[w]).thenComparingInt(w -> w);
      for (int n : new int[] {0, 1, 3, size / 2, size, size + 4}) {
        int[] sorted = IntStream.range(0, size).filter(w -> score[w] > Double.NEGATIVE_INFINITY).boxed()
            .sorted(order).limit(n).mapToInt(Integer::intValue).toArray();
        assertArrayEquals(sorted, TopIndices.first(size, w -> score[w] > Double.NEGATIVE_INFINITY, order, n),
            "size " + size + ", n " + n);
      }
    }
  }

  @Test
  void aNegativeCountIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> TopIndices.first(3, w -> true, Comparator.naturalOrder(), -1));
  }
}
