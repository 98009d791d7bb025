package org.sujets.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.xxhash64;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sujets.ingest.Columns;

/**
 * Lays the articles out over the cluster in an order that depends only on the articles. Two things
 * need it: a gzip file cannot be split, so a single .jsonl.gz (or a few small files) reads as one
 * partition and every later stage would run on one core; and online LDA samples its mini-batches
 * per partition, so partitions whose contents depended on the file system's listing order would
 * give other topics for the same corpus.
 */
final class Partitioning {
  private Partitioning() {}

  /**
   * {@code articles} hash-partitioned by id into max(its partitions, {@code parallelism})
   * partitions, each sorted by id, origin and text hash. Costs one shuffle of the articles; runs no
   * job by itself.
   */
  static Dataset<Row> spread(Dataset<Row> articles, int parallelism) {
    int partitions = Math.max(articles.javaRDD().getNumPartitions(), parallelism);
    return articles
        .repartition(partitions, col(Columns.ID))
        .sortWithinPartitions(col(Columns.ID), col(Columns.ORIGIN), xxhash64(col(Columns.TEXT)));
  }
}
