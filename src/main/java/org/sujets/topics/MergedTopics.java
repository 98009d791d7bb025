package org.sujets.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the first fit's topics become a merged run's. The rule: each group of merged topics becomes
 * one topic placed at the smallest id of its parts; the topics are then renumbered 1..k' in the
 * order of those ids (kept topics keep their relative order). With k = 8 and the group 3,7: 1, 2,
 * 3+7, 4, 5, 6, 8 become 1..7. Given names follow their topics: a kept topic keeps its name; a
 * merged topic takes its parts' names joined by " / ", in id order.
 *
 * @param k the first fit's number of topics
 * @param parts the first fit's ids under each new topic, ascending, by new id (index = id − 1)
 */
public record MergedTopics(int k, List<List<Integer>> parts) {
  /** Between the names of the parts of a merged topic. */
  public static final String NAME_JOINER = " / ";

  public MergedTopics {
    parts = parts.stream().map(List::copyOf).toList();
  }

  /**
   * @param groups disjoint groups of ids in 1..k (as {@code --merge} or a tree cut gives them)
   */
  public static MergedTopics of(int k, List<List<Integer>> groups) {
    Map<Integer, List<Integer>> bySmallest = new TreeMap<>();
    boolean[] grouped = new boolean[k + 1];
    for (List<Integer> group : groups) {
      List<Integer> sorted = group.stream().sorted().toList();
      bySmallest.put(sorted.get(0), sorted);
      sorted.forEach(id -> grouped[id] = true);
    }
    for (int id = 1; id <= k; id++) {
      if (!grouped[id]) {
        bySmallest.put(id, List.of(id));
      }
    }
    return new MergedTopics(k, new ArrayList<>(bySmallest.values()));
  }

  /** The number of topics after merging. */
  public int mergedK() {
    return parts.size();
  }

  /** The first fit's ids under new topic {@code id}. */
  public List<Integer> mergedFrom(int id) {
    return parts.get(id - 1);
  }

  /**
   * Names given by the first fit's ids, carried to the new ids by the rule above.
   *
   * @param given names by the first fit's ids
   */
  public Map<Integer, String> carry(Map<Integer, String> given) {
    Map<Integer, String> carried = new TreeMap<>();
    for (int id = 1; id <= mergedK(); id++) {
      List<String> names = mergedFrom(id).stream().filter(given::containsKey).map(given::get).toList();
      if (!names.isEmpty()) {
        carried.put(id, String.join(NAME_JOINER, names));
      }
    }
    return carried;
  }
}
