package org.sujets.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sujets.LocalSpark;

/** Floating-point sums merged in partition order, whatever order the tasks finish in. */
class InOrderMergeTest {
  private static final double BIG = 0x1p54; // 1 and 0.5 vanish when added to it

  /**
   * One value per partition, chosen so that the sum depends on the order: the small values
   * survive only when added after the large ones cancel.
   */
  private static double value(int partition) {
    return switch (partition % 5) {
      case 0 -> BIG;
      case 1 -> -BIG;
      case 2 -> 1.0;
      case 3 -> -1.0;
      default -> 0.5;
    };
  }

  /** The partitions' MiniBatchStats; each task waits so that they finish in reverse, forward or mixed order. */
  private static JavaRDD<MiniBatchStats> partials(int partitions, String finishing) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(LocalSpark.session().sparkContext());
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < partitions; i++) {
      indices.add(i);
    }
    return sc.parallelize(indices, partitions).map(i -> {
      long wait = switch (finishing) {
        case "reverse" -> (partitions - i) * 40L;
        case "forward" -> i * 40L;
        default -> (i * 7 % partitions) * 40L;
      };
      Thread.sleep(wait);
      double v = value(i);
      return new MiniBatchStats(new double[] {v, -v, v / 3}, new double[] {v}, 1);
    });
  }

  /**
   * The sum in InOrderMerge's fixed order, computed here without Spark: over more than a handful
   * of partitions, runs of ⌈√n⌉ consecutive partitions left to right, then the runs left to right.
   */
  private static double[] inOrder(int partitions) {
    int scale = Math.max((int) Math.ceil(Math.sqrt(partitions)), 2);
    boolean level = partitions > scale + (partitions + scale - 1) / scale;
    int run = level ? scale : 1;
    double[] sum = new double[3];
    for (int first = 0; first < partitions; first += run) {
      double group = value(first);
      for (int i = first + 1; i < Math.min(first + run, partitions); i++) {
        group += value(i);
      }
      sum[0] += group;
      sum[1] += -group;
      sum[2] += group / 3;
    }
    return sum;
  }

  /** The plain left-to-right sum of the values in the given order of partitions. */
  private static double leftToRight(List<Integer> order) {
    double sum = 0;
    for (int i : order) {
      sum += value(i);
    }
    return sum;
  }

  @ParameterizedTest(name = "{0} partitions")
  @ValueSource(ints = {3, 5, 10, 13})
  void sumsInPartitionOrderWhateverOrderTasksFinish(int partitions) {
    double[] expected = inOrder(partitions);
    for (String finishing : List.of("reverse", "forward", "mixed")) {
      MiniBatchStats sum = InOrderMerge.merge(partials(partitions, finishing), new MiniBatchStats(null, null, 0),
          MiniBatchStats::merge);
      assertArrayEquals(expected, sum.dense(), 0.0, finishing);
      assertEquals(expected[0], sum.logphat[0], 0.0, finishing);
      assertEquals(partitions, sum.articles, finishing);
    }
  }

  @ParameterizedTest(name = "{0} partitions")
  @ValueSource(ints = {3, 5, 10, 13})
  void theDataIsOrderSensitive(int partitions) {
    // Guards the test above: merged in order of arrival (here, reverse), these values sum to
    // something else than in InOrderMerge's order.
    List<Integer> reverse = new ArrayList<>();
    for (int i = partitions - 1; i >= 0; i--) {
      reverse.add(i);
    }
    assertNotEquals(inOrder(partitions)[0], leftToRight(reverse));
  }

  @ParameterizedTest(name = "{0} partitions")
  @ValueSource(ints = {1, 3, 10})
  void keepsTheOrderWithinPartitions(int partitions) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(LocalSpark.session().sparkContext());
    List<String> letters = new ArrayList<>();
    for (char c = 'a'; c <= 'z'; c++) {
      letters.add(String.valueOf(c));
    }
    String joined = InOrderMerge.merge(sc.parallelize(letters, partitions), "", (a, b) -> a + b);
    assertEquals("abcdefghijklmnopqrstuvwxyz", joined);
  }

  @ParameterizedTest(name = "{0} partitions")
  @ValueSource(ints = {0, 4})
  void emptyPartitionsAddNothing(int values) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(LocalSpark.session().sparkContext());
    List<Integer> few = new ArrayList<>();
    for (int i = 1; i <= values; i++) {
      few.add(i);
    }
    assertEquals(values * (values + 1) / 2, InOrderMerge.merge(sc.parallelize(few, 9), 0, Integer::sum));
  }
}
