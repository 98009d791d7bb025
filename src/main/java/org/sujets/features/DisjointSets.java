package org.sujets.features;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Disjoint sets over keys of any type (union by size, path halving): the connected components of
 * a graph given edge by edge, in near-constant time per edge. Holds a few words per key plus the
 * key itself, so it is for graphs whose size the caller has bounded.
 *
 * @param <K> node type, with value equality
 */
final class DisjointSets<K> {
  private final Map<K, Integer> index = new HashMap<>();
  private int[] parent = new int[16];
  private int[] size = new int[16];

  /** Puts {@code a} and {@code b} (added if new) into one set. */
  void union(K a, K b) {
    int ra = root(indexOf(a));
    int rb = root(indexOf(b));
    if (ra == rb) {
      return;
    }
    if (size[ra] < size[rb]) {
      int t = ra;
      ra = rb;
      rb = t;
    }
    parent[rb] = ra;
    size[ra] += size[rb];
  }

  /** The number of {@code key}'s set: equal for keys of one set, distinct across sets. */
  int setOf(K key) {
    Integer i = index.get(key);
    if (i == null) {
      throw new IllegalArgumentException("not in any set: " + key);
    }
    return root(i);
  }

  private int indexOf(K key) {
    Integer known = index.get(key);
    if (known != null) {
      return known;
    }
    int i = index.size();
    if (i == parent.length) {
      parent = Arrays.copyOf(parent, i * 2);
      size = Arrays.copyOf(size, i * 2);
    }
    parent[i] = i;
    size[i] = 1;
    index.put(key, i);
    return i;
  }

  private int root(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
