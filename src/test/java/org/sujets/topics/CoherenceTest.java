package org.sujets.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.sujets.LocalSpark;

class CoherenceTest {
  /**
   * Four articles over terms 0..3: a = {0,1}, b = {0,1,2}, c = {2}, d = {0,1,3} (counts vary, only
   * presence matters). df: 0→3, 1→3, 2→2, 3→1; co-df: (0,1)→3, (0,2)→1, (1,2)→1, (0,3)→1, (2,3)→0.
   */
  private static Dataset<Row> corpus() {
    StructType schema = new StructType().add("tf", SQLDataTypes.VectorType());
    List<Row> rows = new ArrayList<>();
    rows.add(RowFactory.create(Vectors.sparse(4, new int[] {0, 1}, new double[] {2, 1})));
    rows.add(RowFactory.create(Vectors.dense(1, 5, 1, 0)));
    rows.add(RowFactory.create(Vectors.sparse(4, new int[] {2}, new double[] {3})));
    rows.add(RowFactory.create(Vectors.sparse(4, new int[] {0, 1, 3}, new double[] {1, 1, 1})));
    return LocalSpark.session().createDataFrame(rows, schema);
  }

  /** NPMI by hand: log(p(ab) / (p(a) p(b))) / −log p(ab). */
  private static double byHand(int dfA, int dfB, int dfAB, int n) {
    double pab = (double) dfAB / n;
    return Math.log(pab / ((double) dfA / n * dfB / n)) / -Math.log(pab);
  }

  @Test
  void perTopicNpmiMatchesHandComputation() {
    int[][] top = {{0, 1, 2}, {2, 3}, {0, 3}};
    double[] npmi = Coherence.npmi(corpus(), "tf", top);
    double t0 = (byHand(3, 3, 3, 4) + byHand(3, 2, 1, 4) + byHand(3, 2, 1, 4)) / 3;
    assertEquals(t0, npmi[0], 1e-12);
    assertEquals(-1, npmi[1], 1e-12, "a pair never seen together scores -1");
    assertEquals(byHand(3, 1, 1, 4), npmi[2], 1e-12);
    // (0,1): p = 3/4 each and together → log(4/3) / log(4/3) = 1
    assertEquals(1, byHand(3, 3, 3, 4), 1e-12);
    assertEquals((t0 - 1 + byHand(3, 1, 1, 4)) / 3, Coherence.mean(npmi), 1e-12);
  }

  @Test
  void countsLayoutHoldsSinglesThenPairsPerTopic() {
    int[][] top = {{0, 1, 2}};
    long[] counts = Coherence.count(corpus().toJavaRDD(), top);
    // [n, df0, df1, df2, co(0,1), co(0,2), co(1,2)]
    assertArrayEquals(new long[] {4, 3, 3, 2, 3, 1, 1}, counts);
  }

  @Test
  void pairInEveryArticleScoresOne() {
    assertEquals(1, Coherence.npmi(5, 5, 5, 5));
    assertEquals(-1, Coherence.npmi(2, 2, 0, 5));
  }

  @Test
  void diversityIsShareOfDistinctTopWords() {
    assertEquals(1.0, TopicDiversity.of(new int[][] {{1, 2}, {3, 4}}));
    assertEquals(0.75, TopicDiversity.of(new int[][] {{1, 2}, {2, 3}}));
    assertEquals(0.5, TopicDiversity.of(new int[][] {{1, 2}, {1, 2}}));
  }

  @Test
  void topTermsOrdersByProbability() {
    int[][] top = WordDistributions.topTerms(new double[][] {{0.1, 0.5, 0.4}, {0.3, 0.3, 0.4}}, 2);
    assertArrayEquals(new int[] {1, 2}, top[0]);
    assertArrayEquals(new int[] {2, 0}, top[1]);
  }

}
