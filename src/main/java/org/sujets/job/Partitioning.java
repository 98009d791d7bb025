package org.sujets.job;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Spreads a narrow input over the cluster's cores. A gzip file cannot be split, so a single
 * .jsonl.gz (or a few small files) reads as one partition, and without this every later stage
 * (analysis, vocabulary, LDA) would run on one core whatever the cluster.
 */
final class Partitioning {
  private Partitioning() {}

  /**
   * {@code articles} repartitioned round-robin to {@code parallelism} partitions when it has
   * fewer, else unchanged. Plans the dataset (for files: lists them) but runs no job.
   */
  static Dataset<Row> spread(Dataset<Row> articles, int parallelism) {
    return articles.javaRDD().getNumPartitions() < parallelism ? articles.repartition(parallelism) : articles;
  }
}
