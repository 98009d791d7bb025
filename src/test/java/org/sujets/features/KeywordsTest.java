package org.sujets.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.ml.linalg.Vectors;
import org.junit.jupiter.api.Test;

class KeywordsTest {
  @Test
  void keepsTheLargestPositiveEntriesInOrder() {
    var v = Vectors.sparse(6, new int[] {0, 2, 3, 5}, new double[] {0.1, 0.7, 0.0, 0.4});
    assertEquals(
        List.of(new Keywords.Entry(2, 0.7), new Keywords.Entry(5, 0.4)), Keywords.top(v, 2));
  }

  @Test
  void breaksTiesByIndexAndHandlesSmallVectors() {
    var v = Vectors.dense(0.5, 0.5, 0.0);
    assertEquals(
        List.of(new Keywords.Entry(0, 0.5), new Keywords.Entry(1, 0.5)), Keywords.top(v, 10));
    assertEquals(List.of(), Keywords.top(v, 0));
  }
}
