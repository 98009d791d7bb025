package org.sujets.features;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Connected components of an undirected graph given by its edges, by min-label propagation in
 * Spark: every node starts with its own label and repeatedly takes the smallest label among
 * itself and its neighbours, until no label changes. Each component ends up labelled with its
 * smallest node, after as many rounds as its diameter. Only the nodes that have an edge take
 * part; nothing reaches the driver but one count per round.
 *
 * <p>Each round's labels are checkpointed reliably into the SparkContext's checkpoint directory
 * (as GraphFrames' connected components do), which cuts the plan that would otherwise double
 * every round. Reliable, not local: a local checkpoint lives only in the block manager of the
 * executor that computed it, so losing that executor later fails the run instead of
 * recomputing. The directory must be one every executor sees (HDFS, S3, a shared disk).
 */
public final class ConnectedComponents {
  /** Column of the node, in the input and the output. */
  public static final String NODE = "node";
  /** Column of the component label (the smallest node of the component) in the output. */
  public static final String LABEL = "label";

  private ConnectedComponents() {}

  /** The result: one row per node with its label, cached; and whether the labels settled. */
  public record Labels(Dataset<Row> labels, int rounds, boolean converged) {}

  /**
   * Labels the nodes of {@code edges} (columns {@code src}, {@code dst} of any orderable type,
   * struct included; each edge given once, either way round).
   *
   * @param maxRounds most propagation rounds; components wider than this stay split
   * @return labels (columns {@link #NODE}, {@link #LABEL}), checkpointed into the checkpoint directory
   * @throws IllegalStateException when the SparkContext has no checkpoint directory
   */
  public static Labels of(Dataset<Row> edges, int maxRounds) {
    if (edges.sparkSession().sparkContext().getCheckpointDir().isEmpty()) {
      throw new IllegalStateException("connected components need a checkpoint directory that every executor"
          + " sees: call SparkContext.setCheckpointDir first");
    }
    // Near-duplicate edges are a few per cent of the articles: every shuffle here is laid out
    // over the cluster's cores, not over spark.sql.shuffle.partitions (200), whose fixed cost per
    // task dominated the rounds. Edges and labels are hash-partitioned alike by node, so the
    // joins of a round need no further exchange.
    int partitions = edges.sparkSession().sparkContext().defaultParallelism();
    Dataset<Row> both =
        edges.select(col("src"), col("dst"))
            .union(edges.select(col("dst").as("src"), col("src").as("dst")))
            .repartition(partitions, col("dst"))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> labels =
        checkpointed(both.select(col("dst").as(NODE)).distinct().withColumn(LABEL, col(NODE)));
    int round = 0;
    boolean converged = false;
    try {
      while (round < maxRounds && !converged) {
        round++;
        Dataset<Row> offered =
            both.join(labels, both.col("dst").equalTo(labels.col(NODE)))
                .select(both.col("src").as(NODE), labels.col(LABEL));
        // Checkpointed so that the plan does not double every round: each round reads the
        // previous labels twice.
        Dataset<Row> next =
            checkpointed(labels.union(offered).repartition(partitions, col(NODE))
                .groupBy(NODE).agg(min(LABEL).as(LABEL)));
        Dataset<Row> old = labels.withColumnRenamed(LABEL, "old");
        long changed = next.join(old, NODE).filter(col(LABEL).notEqual(col("old"))).count();
        labels = next;
        converged = changed == 0;
      }
      return new Labels(labels, round, converged);
    } finally {
      both.unpersist();
    }
  }

  /**
   * Writes {@code labels} to the checkpoint directory and returns them read back from there. The
   * cache lets the checkpoint write read the rows the eager count computed, instead of computing
   * them a second time; once written, the files are what later rounds read.
   */
  private static Dataset<Row> checkpointed(Dataset<Row> labels) {
    Dataset<Row> cached = labels.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      return cached.checkpoint(true);
    } finally {
      cached.unpersist();
    }
  }
}
