package org.sujets.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.xxhash64;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.fs.Path;
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
    int partitions = partitions(articles.javaRDD().getNumPartitions(), parallelism, textBytes);
    return articles
        .repartition(partitions, col(Columns.ID))
        .sortWithinPartitions(col(Columns.ID), col(Columns.ORIGIN), xxhash64(col(Columns.TEXT)));
  }

  /**
   * Enough partitions of {@link #TARGET_PARTITION_BYTES} for {@code textBytes}, and as many as the
   * cores (or the input's own partitions, when finer) as long as each gets at least {@link
   * #MIN_PARTITION_BYTES}; the cores and the input's partitions when the size is unknown (0).
   */
  static int partitions(int current, int parallelism, long textBytes) {
    if (textBytes <= 0) {
      return Math.max(current, parallelism);
    }
    long bySize = ceilDiv(textBytes, TARGET_PARTITION_BYTES);
    long worthSplitting = ceilDiv(textBytes, MIN_PARTITION_BYTES);
    long spread = Math.min(Math.max(current, parallelism), worthSplitting);
    return (int) Math.min(Math.max(bySize, spread), Integer.MAX_VALUE);
  }

  private static long ceilDiv(long bytes, long per) {
    return (bytes + per - 1) / per;
  }

  /**
   * The input's text size estimated from its files' sizes (compressed files and Parquet count
   * {@link #COMPRESSION_RATIO} times), read from the file system's listing, not the files; 0
   * when the dataset has no input files.
   */
  static long textBytes(Dataset<Row> read) {
    long bytes = 0;
    org.apache.hadoop.conf.Configuration conf = read.sparkSession().sparkContext().hadoopConfiguration();
    try {
      for (String file : read.inputFiles()) {
        Path path = new Path(file);
        long size = path.getFileSystem(conf).getFileStatus(path).getLen();
        String name = path.getName().toLowerCase(Locale.ROOT);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        bytes += COMPRESSED.contains(extension) ? size * COMPRESSION_RATIO : size;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes;
  }
}
