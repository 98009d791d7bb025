package org.sujets.topics;

/**
 * How much two fits agree: their topics are matched one to one (Hungarian assignment maximising
 * 1 − Jensen–Shannon distance between word distributions) and the matched similarities averaged.
 * 1 = the same topics; values near 0 = unrelated topics.
 */
public final class SeedStability {
  private SeedStability() {}

  /** Matched similarity of each topic of {@code a}, and their mean, in {@link Match}. */
  public static Match match(double[][] a, double[][] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("fits differ in topic count: " + a.length + " vs " + b.length);
    }
    int k = a.length;
    double[][] cost = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        cost[i][j] = JensenShannon.distance(a[i], b[j]);
      }
    }
    int[] assignment = Hungarian.solve(cost);
    double[] similarity = new double[k];
    double sum = 0;
    for (int i = 0; i < k; i++) {
      similarity[i] = 1 - cost[i][assignment[i]];
      sum += similarity[i];
    }
    return new Match(assignment, similarity, k == 0 ? 0 : sum / k);
  }

  /**
   * @param assignment assignment[i] = topic of the second fit matched to topic i of the first
   * @param similarity 1 − JS distance of each matched pair
   * @param mean mean of {@code similarity}
   */
  public record Match(int[] assignment, double[] similarity, double mean) {}
}
