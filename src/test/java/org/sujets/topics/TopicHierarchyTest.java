package org.sujets.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicHierarchyTest {
  /**
   * Five topics over four words: 1 and 2 speak of a (2 a little of b), 3 and 4 of c (4 a little of
   * d), 5 half of a and half of c. By hand (√JSD, base 2): d(1,2) ≈ 0.23, d(3,4) ≈ 0.33, 5 is ≈ 0.57
   * on average from {1, 2} and ≈ 0.59 from {3, 4}, and {1, 2} is at 1 from {3, 4} (no word shared).
   */
  private static final double[][] TOPICS = {
    {1, 0, 0, 0}, {0.9, 0.1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0.8, 0.2}, {0.5, 0, 0.5, 0}};

  private static final String[] WORDS = {"a", "b", "c", "d"};

  private static TopicHierarchy tree() {
    return TopicHierarchy.of(JensenShannon.matrix(TOPICS), TOPICS, new double[] {1, 1, 1, 1, 1}, WORDS);
  }

  private static double d(int i, int j) {
    return JensenShannon.distance(TOPICS[i - 1], TOPICS[j - 1]);
  }

  @Test
  void mergesTheClosestGroupsFirstNumberedAsScipyDoes() {
    List<TopicHierarchy.Merge> merges = tree().merges();
    assertEquals(4, merges.size());
    assertMerge(merges.get(0), 6, 1, 2, 2, d(1, 2));
    assertMerge(merges.get(1), 7, 3, 4, 2, d(3, 4));
    // Average linkage: 5 joins {1, 2} at the mean of its two distances.
    assertMerge(merges.get(2), 8, 5, 6, 3, (d(5, 1) + d(5, 2)) / 2);
    double crossing = (d(1, 3) + d(1, 4) + d(2, 3) + d(2, 4) + d(5, 3) + d(5, 4)) / 6;
    assertMerge(merges.get(3), 9, 7, 8, 5, crossing);
    for (int i = 1; i < merges.size(); i++) {
      assertTrue(merges.get(i).distance() >= merges.get(i - 1).distance(), "average linkage never inverts");
    }
  }

  @Test
  void labelsAMergeByTheTopWordsOfItsTopicsTogether() {
    assertTrue(tree().merges().get(0).label().startsWith("a · b"), tree().merges().get(0).label());
    assertTrue(tree().merges().get(1).label().startsWith("c · d"), tree().merges().get(1).label());
  }

  @Test
  void cutsIntoGroupsByTheirSmallestId() {
    TopicHierarchy tree = tree();
    assertEquals(List.of(List.of(1, 2, 5), List.of(3, 4)), tree.cut(2));
    assertEquals(List.of(List.of(1, 2), List.of(3, 4), List.of(5)), tree.cut(3));
    assertEquals(List.of(List.of(1, 2, 3, 4, 5)), tree.cut(1));
    assertEquals(5, tree.cut(5).size());
    assertThrows(IllegalArgumentException.class, () -> tree.cut(0));
  }

  @Test
  void oneTopicHasNoMerge() {
    assertEquals(List.of(), TopicHierarchy.of(new double[][] {{0}}, new double[][] {{1}}, new double[] {1},
        new String[] {"a"}).merges());
  }

  private static void assertMerge(TopicHierarchy.Merge m, int node, int left, int right, int topics, double distance) {
    assertEquals(node, m.node());
    assertEquals(left, m.left());
    assertEquals(right, m.right());
    assertEquals(topics, m.topics());
    assertEquals(distance, m.distance(), 1e-12);
  }
}
