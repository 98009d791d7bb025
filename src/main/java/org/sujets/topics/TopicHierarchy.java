package org.sujets.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The topic tree: agglomerative clustering of the k topics' word distributions on their
 * Jensen–Shannon distance, with average linkage (UPGMA: two groups are as far apart as their
 * topics are on average). Average rather than Ward or centroid linkage because those assume
 * Euclidean geometry, which Jensen–Shannon distances do not have; rather than single linkage,
 * which chains topics one by one into a long comb; rather than complete linkage, where one odd
 * topic decides a whole group's distance. Average linkage never inverts (each merge is at least
 * as far as the one before), so the tree cuts cleanly at any number of groups.
 *
 * <p>Numbering as scipy's {@code linkage}, shifted by one as topic ids are: the leaves are the
 * topic ids 1..k, the i-th merge (0-based) creates node k + 1 + i. Ties are broken by the lowest
 * node ids, so the tree is the same from run to run.
 *
 * @param k the number of topics (leaves)
 * @param merges the k − 1 merges, closest first
 */
public record TopicHierarchy(int k, List<Merge> merges) {
  /**
   * One merge of the tree.
   *
   * @param node this merge's node id (k + 1 for the first)
   * @param left the smaller child id (a topic id ≤ k, or an earlier merge's node)
   * @param right the larger child id
   * @param distance the average Jensen–Shannon distance between the two children's topics
   * @param topics how many topics are under this node
   * @param label the top words of the merged word distribution (the topics' distributions
   *     weighted by their prevalence), as topic labels are written
   */
  public record Merge(int node, int left, int right, double distance, int topics, String label) {}

  public TopicHierarchy {
    merges = List.copyOf(merges);
  }

  /**
   * Clusters the topics.
   *
   * @param distances k × k Jensen–Shannon distances, index = id − 1
   * @param distributions each topic's word distribution, index = id − 1
   * @param weights each topic's weight in a merged distribution (its prevalence), index = id − 1
   * @param readable the readable word of each vocabulary index, for the labels
   */
  public static TopicHierarchy of(double[][] distances, double[][] distributions, double[] weights,
      String[] readable) {
    int k = distances.length;
    // Live clusters: node id, member ids, distance rows kept by position in these lists.
    List<Integer> node = new ArrayList<>();
    List<int[]> members = new ArrayList<>();
    List<double[]> row = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      node.add(i + 1);
      members.add(new int[] {i + 1});
      row.add(distances[i].clone());
    }
    // row.get(a)[b]: distance between live clusters a and b, kept by the Lance–Williams update.
    List<Merge> merges = new ArrayList<>();
    while (node.size() > 1) {
      int[] pair = closest(node, row);
      int a = pair[0];
      int b = pair[1];
      int[] joined = concat(members.get(a), members.get(b));
      double distance = row.get(a)[b];
      int id = k + 1 + merges.size();
      merges.add(new Merge(id, Math.min(node.get(a), node.get(b)), Math.max(node.get(a), node.get(b)), distance,
          joined.length, label(joined, distributions, weights, readable)));
      int sizeA = members.get(a).length;
      int sizeB = members.get(b).length;
      double[] merged = new double[row.get(a).length];
      for (int c = 0; c < merged.length; c++) {
        merged[c] = (sizeA * row.get(a)[c] + sizeB * row.get(b)[c]) / (sizeA + sizeB);
      }
      for (int c = 0; c < node.size(); c++) {
        row.get(c)[a] = merged[c];
      }
      merged[a] = 0;
      row.set(a, merged);
      node.set(a, id);
      members.set(a, joined);
      // b goes: its column stays in every row but is never read again (only live positions are).
      node.set(b, -1);
      members.set(b, null);
      compact(node, members, row, b);
    }
    return new TopicHierarchy(k, merges);
  }

  /** The live pair (a < b by position) at the smallest distance; ties to the lowest node ids. */
  private static int[] closest(List<Integer> node, List<double[]> row) {
    int bestA = -1;
    int bestB = -1;
    double best = Double.POSITIVE_INFINITY;
    for (int a = 0; a < node.size(); a++) {
      for (int b = a + 1; b < node.size(); b++) {
        double d = row.get(a)[b];
        if (d < best || (d == best && lowerIds(node, a, b, bestA, bestB))) {
          best = d;
          bestA = a;
          bestB = b;
        }
      }
    }
    return new int[] {bestA, bestB};
  }

  private static boolean lowerIds(List<Integer> node, int a, int b, int bestA, int bestB) {
    int lo = Math.min(node.get(a), node.get(b));
    int bestLo = Math.min(node.get(bestA), node.get(bestB));
    return lo < bestLo || (lo == bestLo && Math.max(node.get(a), node.get(b)) < Math.max(node.get(bestA),
        node.get(bestB)));
  }

  /** Drops position {@code gone} from the lists and from every distance row. */
  private static void compact(List<Integer> node, List<int[]> members, List<double[]> row, int gone) {
    node.remove(gone);
    members.remove(gone);
    row.remove(gone);
    for (int c = 0; c < row.size(); c++) {
      double[] r = row.get(c);
      double[] shorter = new double[r.length - 1];
      System.arraycopy(r, 0, shorter, 0, gone);
      System.arraycopy(r, gone + 1, shorter, gone, r.length - gone - 1);
      row.set(c, shorter);
    }
  }

  private static int[] concat(int[] x, int[] y) {
    int[] out = Arrays.copyOf(x, x.length + y.length);
    System.arraycopy(y, 0, out, x.length, y.length);
    Arrays.sort(out);
    return out;
  }

  /** The top three words of the members' distributions, weighted and summed. */
  private static String label(int[] ids, double[][] distributions, double[] weights, String[] readable) {
    double[] mixed = new double[distributions[ids[0] - 1].length];
    for (int id : ids) {
      double[] d = distributions[id - 1];
      for (int w = 0; w < mixed.length; w++) {
        mixed[w] += weights[id - 1] * d[w];
      }
    }
    List<WeightedWord> top = new ArrayList<>();
    for (int w : WordDistributions.topTerms(new double[][] {mixed}, 3)[0]) {
      top.add(new WeightedWord(readable[w], mixed[w]));
    }
    return FittedTopics.label(top);
  }

  /**
   * The groups of topic ids left when the tree is cut to {@code clusters} groups (its first k −
   * clusters merges applied), each group's ids ascending, groups by their smallest id.
   *
   * @throws IllegalArgumentException unless 1 ≤ clusters ≤ k
   */
  public List<List<Integer>> cut(int clusters) {
    if (clusters < 1 || clusters > k) {
      throw new IllegalArgumentException("cannot cut " + k + " topics into " + clusters + " groups");
    }
    List<List<Integer>> under = new ArrayList<>();
    for (int id = 1; id <= k; id++) {
      under.add(List.of(id));
    }
    List<List<Integer>> live = new ArrayList<>(under);
    for (Merge m : merges.subList(0, k - clusters)) {
      List<Integer> joined = new ArrayList<>(under.get(m.left() - 1));
      joined.addAll(under.get(m.right() - 1));
      joined.sort(null);
      under.add(List.copyOf(joined));
      live.remove(under.get(m.left() - 1));
      live.remove(under.get(m.right() - 1));
      live.add(under.get(under.size() - 1));
    }
    live.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
    return List.copyOf(live);
  }
}
