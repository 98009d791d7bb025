package org.sujets.topics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.IntPredicate;

/**
 * The first n of the indices 0..size−1 under a total order, without sorting them all: a bounded
 * heap keeps the n best seen, which are then sorted. The same indices in the same order as
 * sorting every index and keeping the first n, because the order is total (callers break ties by
 * index). Why: a topic's words are 10 to 30 of a vocabulary of tens of thousands, picked several
 * times per topic (its words, coherence, diversity, relevance), and sorting the whole vocabulary
 * each time was most of the driver's own work in the writing stage.
 */
final class TopIndices {
  private TopIndices() {}

  /**
   * @param eligible which indices may be chosen
   * @param order a total order, best first
   * @throws IllegalArgumentException when n is negative
   */
  static int[] first(int size, IntPredicate eligible, Comparator<Integer> order, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("cannot keep " + n + " indices");
    }
    if (n == 0) {
      return new int[0];
    }
    PriorityQueue<Integer> kept = new PriorityQueue<>(order.reversed()); // its head: the worst kept
    for (int i = 0; i < size; i++) {
      if (!eligible.test(i)) {
        continue;
      }
      if (kept.size() < n) {
        kept.add(i);
      } else if (order.compare(i, kept.peek()) < 0) {
        kept.poll();
        kept.add(i);
      }
    }
    Integer[] best = kept.toArray(new Integer[0]);
    Arrays.sort(best, order);
    return Arrays.stream(best).mapToInt(Integer::intValue).toArray();
  }
}
