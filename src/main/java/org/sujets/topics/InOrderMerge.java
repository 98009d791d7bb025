package org.sujets.topics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.HashPartitioner;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function2;
import scala.Tuple2;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction2;

/**
 * Merges the values of an RDD in a fixed order, whatever order the tasks finish in: a tree of the
 * same shape as Spark's {@code treeAggregate} with depth 2 (runs of ⌈√n⌉ consecutive partitions,
 * each merged left to right, then the runs left to right; over a handful of partitions, the
 * partitions left to right), values within a partition in their order.
 *
 * <p>Why: {@code treeAggregate}, {@code aggregate} and {@code fold} merge task results in the order
 * they arrive, on the driver and in the {@code reduceByKey} of their intermediate level, and
 * floating-point addition is not associative. Over three partitions or more, (a + b) + c and
 * (a + c) + b can differ in their last bits from one run to the next, and when a lost executor's
 * tasks are run again; online LDA feeds each iteration's sum into the next, so that runs with the
 * same seed on the same data wrote different topics. With two partitions the arrival order did not
 * matter (a + b = b + a exactly), which is why small runs reproduced themselves.
 *
 * <p>Cost as {@code treeAggregate}'s: over more than a handful of partitions, one shuffle that
 * merges about √n partitions' values per task (held together there, in index order), then the
 * driver merges the √n results; else the driver merges the n values.
 */
public final class InOrderMerge {
  private InOrderMerge() {}

  /**
   * {@code zero} merged with every value of {@code values}, in the fixed order described above.
   * {@code merge} may update and return its first argument (as {@code treeAggregate}'s combiners
   * may), never its second.
   */
  public static <T> T merge(JavaRDD<T> values, T zero, Function2<T, T, T> merge) {
    return mergeInOrder(values, zero, merge);
  }

  /**
   * Per-partition sums of equal-length arrays added up in that order: {@link #merge} with {@code
   * b} added into {@code a} ({@code b} itself when {@code a} is the zero, null). Null when there is
   * no array.
   */
  public static double[] sumArrays(JavaRDD<double[]> partials) {
    return mergeInOrder(partials, null, InOrderMerge::addInto);
  }

  /**
   * {@code zero} merged with {@code perPartition} (one value per partition, in partition order) in
   * the order {@link #merge} gives an RDD of those partitions: the same sums, bit for bit, computed
   * on the driver.
   */
  static <T> T mergeOnDriver(List<T> perPartition, T zero, Function2<T, T, T> merge) {
    int n = perPartition.size();
    int scale = groupSize(n);
    T result = zero;
    if (hasIntermediateLevel(n, scale)) {
      for (int first = 0; first < n; first += scale) {
        T group = perPartition.get(first);
        for (int i = first + 1; i < Math.min(first + scale, n); i++) {
          group = call(merge, group, perPartition.get(i));
        }
        result = call(merge, result, group);
      }
    } else {
      for (T value : perPartition) {
        result = call(merge, result, value);
      }
    }
    return result;
  }

  private static double[] addInto(double[] a, double[] b) {
    if (a == null) {
      return b;
    }
    for (int i = 0; i < a.length; i++) {
      a[i] += b[i];
    }
    return a;
  }

  private static <T> T mergeInOrder(JavaRDD<T> values, T zero, Function2<T, T, T> merge) {
    int n = values.getNumPartitions();
    int scale = groupSize(n);
    List<Tuple2<Long, T>> parts;
    if (hasIntermediateLevel(n, scale)) {
      int groups = (n + scale - 1) / scale;
      parts = values
          .mapPartitionsWithIndex((index, it) -> indexed(index, it, scale), true)
          .mapToPair(t -> t)
          .groupByKey(new HashPartitioner(groups))
          .map(group -> {
            List<Tuple2<Long, T>> members = new ArrayList<>();
            group._2().forEach(members::add);
            members.sort(Comparator.comparing(Tuple2::_1));
            T merged = members.get(0)._2();
            for (int i = 1; i < members.size(); i++) {
              merged = merge.call(merged, members.get(i)._2());
            }
            return new Tuple2<>(members.get(0)._1(), merged);
          })
          .collect();
    } else {
      parts = collectPositioned(values);
    }
    List<Tuple2<Long, T>> ordered = new ArrayList<>(parts);
    ordered.sort(Comparator.comparing(Tuple2::_1));
    T result = zero;
    for (Tuple2<Long, T> part : ordered) {
      result = call(merge, result, part._2());
    }
    return result;
  }

  /** Partitions per group of the intermediate level over {@code n} partitions: ⌈√n⌉, at least 2. */
  private static int groupSize(int n) {
    return Math.max((int) Math.ceil(Math.sqrt(n)), 2);
  }

  /** treeAggregate's test: {@code n} partitions in groups of {@code scale} merge in two levels. */
  private static boolean hasIntermediateLevel(int n, int scale) {
    return n > scale + (n + scale - 1) / scale;
  }

  /** {@code merge(a, b)}, its checked exceptions rethrown as they are (Spark's own are undeclared too). */
  private static <T> T call(Function2<T, T, T> merge, T a, T b) {
    try {
      return merge.call(a, b);
    } catch (Exception e) {
      throw InOrderMerge.<RuntimeException>sneaky(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <E extends Exception> E sneaky(Exception e) throws E {
    throw (E) e;
  }

  /** A value's place: its partition in the high bits, its rank within the partition in the low. */
  private static long position(int partition, int rank) {
    return ((long) partition << 32) | rank;
  }

  /**
   * Every value of {@code values} with its place, collected to the driver (a handful of
   * partitions' values). Through {@code runJob} with a function that holds nothing, not {@code
   * collect}: Spark serialises the function it is given to check that it can be sent, and
   * collect's holds the RDD, whose lineage (for LDA's articles, the whole text pipeline's plan) was
   * serialised once more on every call.
   */
  private static <T> List<Tuple2<Long, T>> collectPositioned(JavaRDD<T> values) {
    ClassTag<ArrayList<Tuple2<Long, T>>> listTag = ClassTag$.MODULE$.apply(ArrayList.class);
    Object[] perPartition = (Object[]) values.context().runJob(values.rdd(), new Positioned<T>(), listTag);
    List<Tuple2<Long, T>> out = new ArrayList<>();
    for (Object partition : perPartition) {
      @SuppressWarnings("unchecked")
      List<Tuple2<Long, T>> positioned = (List<Tuple2<Long, T>>) partition;
      out.addAll(positioned);
    }
    return out;
  }

  /** A partition's values with their places. */
  private static final class Positioned<T>
      extends AbstractFunction2<TaskContext, scala.collection.Iterator<T>, ArrayList<Tuple2<Long, T>>>
      implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public ArrayList<Tuple2<Long, T>> apply(TaskContext context, scala.collection.Iterator<T> it) {
      ArrayList<Tuple2<Long, T>> out = new ArrayList<>(1);
      for (int rank = 0; it.hasNext(); rank++) {
        out.add(new Tuple2<>(position(context.partitionId(), rank), it.next()));
      }
      return out;
    }
  }

  /** Values keyed by their group (partition / scale), with their place. */
  private static <T> Iterator<Tuple2<Integer, Tuple2<Long, T>>> indexed(int partition, Iterator<T> it, int scale) {
    List<Tuple2<Integer, Tuple2<Long, T>>> out = new ArrayList<>(1);
    for (int rank = 0; it.hasNext(); rank++) {
      out.add(new Tuple2<>(partition / scale, new Tuple2<>(position(partition, rank), it.next())));
    }
    return out.iterator();
  }
}
