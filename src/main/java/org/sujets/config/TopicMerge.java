package org.sujets.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Topics to merge after the first fit ({@code --merge 3,7}, repeatable) or the number of topics to
 * cut the topic tree to ({@code --reduce-to K}); the run then fits on from the merged topics. Ids
 * are those of the run without merging (its topics.json), the same the first fit gives.
 *
 * @param groups each group's topic ids, ascending, groups in the order given; empty unless
 *     {@code --merge}
 * @param reduceTo the number of topics to keep; null unless {@code --reduce-to}
 */
public record TopicMerge(List<List<Integer>> groups, Integer reduceTo) {
  public TopicMerge {
    groups = groups.stream().map(g -> g.stream().sorted().distinct().toList()).toList();
    if (!groups.isEmpty() && reduceTo != null) {
      throw new IllegalArgumentException("--merge and --reduce-to do not go together: give one or the other");
    }
    if (reduceTo != null && reduceTo < 2) {
      throw new IllegalArgumentException("--reduce-to must be at least 2 (LDA needs 2 topics), got " + reduceTo);
    }
    Map<Integer, List<Integer>> groupOf = new TreeMap<>();
    for (List<Integer> group : groups) {
      if (group.size() < 2) {
        throw new IllegalArgumentException("--merge " + text(group) + ": give at least two topic ids, e.g. 3,7");
      }
      for (int id : group) {
        if (id < 1) {
          throw new IllegalArgumentException("--merge " + text(group) + ": topic ids start at 1, got " + id);
        }
        List<Integer> earlier = groupOf.putIfAbsent(id, group);
        if (earlier != null) {
          throw new IllegalArgumentException("--merge: topic " + id + " is in two groups (" + text(earlier)
              + " and " + text(group) + "): put them in one group, e.g. --merge "
              + text(union(earlier, group)));
        }
      }
    }
  }

  /** No merging: the run's topics are the first fit's. */
  public static TopicMerge none() {
    return new TopicMerge(List.of(), null);
  }

  /**
   * The groups of {@code --merge} values ({@code "3,7"}, {@code "2, 5, 9"}).
   *
   * @throws IllegalArgumentException for a value that is not a comma-separated list of ids
   */
  public static TopicMerge parse(List<String> merge, Integer reduceTo) {
    List<List<Integer>> groups = new ArrayList<>();
    for (String value : merge == null ? List.<String>of() : merge) {
      List<Integer> group = new ArrayList<>();
      for (String part : value.split(",", -1)) {
        try {
          group.add(Integer.parseInt(part.strip()));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("--merge " + value + ": expected topic ids separated by commas,"
              + " e.g. 3,7");
        }
      }
      groups.add(group);
    }
    return new TopicMerge(groups, reduceTo);
  }

  /** Whether the run merges topics. */
  public boolean asked() {
    return !groups.isEmpty() || reduceTo != null;
  }

  /**
   * Refuses a topic the first fit does not have, a cut that keeps as many topics or more, and
   * merges that would leave a single topic.
   *
   * @param k the first fit's number of topics (ids 1..k)
   */
  public void checkTopics(int k) {
    if (reduceTo != null && reduceTo >= k) {
      throw new IllegalArgumentException("--reduce-to " + reduceTo + ": the run fits " + k
          + " topics; give fewer (2.." + (k - 1) + ")");
    }
    int kept = k;
    for (List<Integer> group : groups) {
      for (int id : group) {
        if (id > k) {
          throw new IllegalArgumentException("--merge " + text(group) + ": topic " + id
              + " does not exist: the topics are 1.." + k);
        }
      }
      kept -= group.size() - 1;
    }
    if (kept < 2) {
      throw new IllegalArgumentException("--merge would leave " + kept + " topic of " + k
          + ": LDA needs 2; merge fewer topics");
    }
  }

  private static List<Integer> union(List<Integer> a, List<Integer> b) {
    List<Integer> all = new ArrayList<>(a);
    all.addAll(b);
    return all.stream().sorted().distinct().toList();
  }

  private static String text(List<Integer> group) {
    return String.join(",", group.stream().map(String::valueOf).toList());
  }
}
