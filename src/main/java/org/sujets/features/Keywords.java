package org.sujets.features;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;

/** Picks the highest-weighted entries of a vector: the top TF-IDF words of an article or corpus. */
public final class Keywords {
  private Keywords() {}

  /** An index into the vocabulary and its weight. */
  public record Entry(int index, double weight) {}

  /**
   * The {@code n} largest non-zero entries, largest first; ties go to the smaller index so the
   * order is deterministic.
   */
  public static List<Entry> top(Vector vector, int n) {
    if (n <= 0) {
      return List.of();
    }
    PriorityQueue<Entry> heap =
        new PriorityQueue<>(
            (a, b) ->
                a.weight() != b.weight()
                    ? Double.compare(a.weight(), b.weight())
                    : Integer.compare(b.index(), a.index()));
    SparseVector sparse = vector.toSparse();
    int[] indices = sparse.indices();
    double[] values = sparse.values();
    for (int j = 0; j < indices.length; j++) {
      if (values[j] > 0) {
        heap.add(new Entry(indices[j], values[j]));
        if (heap.size() > n) {
          heap.poll();
        }
      }
    }
    List<Entry> best = new ArrayList<>(heap);
    best.sort(
        (a, b) ->
            a.weight() != b.weight()
                ? Double.compare(b.weight(), a.weight())
                : Integer.compare(a.index(), b.index()));
    return best;
  }
}
