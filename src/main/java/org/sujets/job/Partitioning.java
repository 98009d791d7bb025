package org.sujets.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.xxhash64;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.datasources.HadoopFsRelation;
import org.apache.spark.sql.execution.datasources.LogicalRelation;
import org.apache.spark.sql.execution.datasources.PartitioningAwareFileIndex;
import scala.jdk.javaapi.CollectionConverters;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sujets.ingest.Columns;

/**
 * Lays the articles out over the cluster in an order that depends only on the articles, in
 * partitions sized to the data. Three things need it: a gzip file cannot be split, so a single
 * .jsonl.gz (or a few small files) reads as one partition and every later stage would run on one
 * core; Spark packs small files into partitions of up to 128 MB of compressed input, which the
 * analysis turns into cached partitions four to five times larger (a million articles in ten
 * partitions of 600 MB each ran a 4 GB driver out of memory); and online LDA samples its
 * mini-batches per partition, so partitions whose contents depended on the file system's listing
 * order would give other topics for the same corpus.
 */
final class Partitioning {
  /** Input bytes (uncompressed text estimated) per partition: about 20,000 news articles. */
  static final long TARGET_PARTITION_BYTES = 32L << 20;
  /** How much larger the text is than a compressed input file, for the estimate. */
  static final int COMPRESSION_RATIO = 4;
  /**
   * Least text worth a partition of its own: below it a task's fixed cost (scheduling,
   * serialisation, a generated iterator) outweighs its work, and a small corpus runs every one
   * of its Spark jobs faster in fewer tasks (the five-article sample: one partition, not five).
   */
  static final long MIN_PARTITION_BYTES = 1L << 20;
  private static final Set<String> COMPRESSED =
      Set.of("gz", "bz2", "xz", "zst", "lz4", "snappy", "deflate", "parquet");

  private Partitioning() {}

  /**
   * {@code articles} hash-partitioned by id into {@link #partitions} partitions, each sorted by
   * id, origin and text hash. Costs one shuffle of the articles; runs no job by itself.
   *
   * @param textBytes the input's text size (see {@link #textBytes}), 0 when unknown
   */
  static Dataset<Row> spread(Dataset<Row> articles, int parallelism, long textBytes) {
    // The input's own partition count matters only when the size is unknown; asking a Dataset for
    // it runs its shuffles under adaptive execution: a whole extra read of a .jsonl.gz.
    int current = textBytes > 0 ? 0 : articles.javaRDD().getNumPartitions();
    int partitions = partitions(current, parallelism, textBytes);
    return articles
        .repartition(partitions, col(Columns.ID))
        .sortWithinPartitions(col(Columns.ID), col(Columns.ORIGIN), xxhash64(col(Columns.TEXT)));
  }

  /**
   * Enough partitions of {@link #TARGET_PARTITION_BYTES} for {@code textBytes}, and as many as the
   * cores as long as each gets at least {@link #MIN_PARTITION_BYTES}; the cores and the input's
   * partitions when the size is unknown (0).
   *
   * <p>When the size is known, the input's own partition count is ignored: it says how the files
   * were packed, not how much text there is. Spark plans a folder of small files in one partition
   * per 32 files or so (it counts 4 MB of "open cost" per file), so OrangeSum as 35,987 .txt files
   * came as 1,160 partitions and was kept as 100 (one per MB), where the same articles in one
   * .jsonl.gz got 4: every later job ran 25 times more tasks, and each LDA iteration merged 100
   * topic-by-vocabulary arrays instead of 4. (The reading of .txt files now coalesces that scan
   * itself: ingest/TextFileSource.)
   */
  static int partitions(int current, int parallelism, long textBytes) {
    if (textBytes <= 0) {
      return Math.max(current, parallelism);
    }
    long bySize = ceilDiv(textBytes, TARGET_PARTITION_BYTES);
    long worthSplitting = ceilDiv(textBytes, MIN_PARTITION_BYTES);
    long spread = Math.min(parallelism, worthSplitting);
    return (int) Math.min(Math.max(bySize, spread), Integer.MAX_VALUE);
  }

  private static long ceilDiv(long bytes, long per) {
    return (bytes + per - 1) / per;
  }

  /**
   * The input's text size estimated from its files' sizes (compressed files and Parquet count
   * {@link #COMPRESSION_RATIO} times), taken from the listing Spark's file index already made
   * (no request per file: a million files on HDFS would be a million name-node calls); 0 when the
   * dataset has no input files.
   */
  static long textBytes(Dataset<Row> read) {
    long bytes = 0;
    for (LogicalPlan leaf : CollectionConverters.asJava(read.queryExecution().analyzed().collectLeaves())) {
      if (leaf instanceof LogicalRelation relation && relation.relation() instanceof HadoopFsRelation files) {
        if (!(files.location() instanceof PartitioningAwareFileIndex index)) {
          return textBytesByStatus(read); // a catalog's index: ask the file system
        }
        for (FileStatus file : CollectionConverters.asJava(index.allFiles())) {
          bytes += textBytes(file);
        }
      }
    }
    return bytes;
  }

  private static long textBytesByStatus(Dataset<Row> read) {
    long bytes = 0;
    org.apache.hadoop.conf.Configuration conf = read.sparkSession().sparkContext().hadoopConfiguration();
    try {
      for (String file : read.inputFiles()) {
        Path path = new Path(file);
        bytes += textBytes(path.getFileSystem(conf).getFileStatus(path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes;
  }

  private static long textBytes(FileStatus file) {
    String name = file.getPath().getName().toLowerCase(Locale.ROOT);
    String extension = name.substring(name.lastIndexOf('.') + 1);
    return COMPRESSED.contains(extension) ? file.getLen() * COMPRESSION_RATIO : file.getLen();
  }
}
