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
   * @return labels (columns {@link #NODE}, {@link #LABEL}), locally checkpointed on the executors
   */
  public static Labels of(Dataset<Row> edges, int maxRounds) {
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
        both.select(col("dst").as(NODE)).distinct().withColumn(LABEL, col(NODE)).localCheckpoint(true);
    int round = 0;
    boolean converged = false;
    try {
      while (round < maxRounds && !converged) {
        round++;
        Dataset<Row> offered =
            both.join(labels, both.col("dst").equalTo(labels.col(NODE)))
                .select(both.col("src").as(NODE), labels.col(LABEL));
        // Checkpointed (eagerly, on the executors) so that the plan does not double every round:
        // each round reads the previous labels twice.
        Dataset<Row> next =
            labels.union(offered).repartition(partitions, col(NODE))
                .groupBy(NODE).agg(min(LABEL).as(LABEL)).localCheckpoint(true);
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
}
