package org.sujets.cli;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.sujets.config.JobConfig;
import org.sujets.storage.FileSystemCheck;
import org.sujets.storage.MissingFileSystemException;

/** Checks the file systems of a command's paths before its first Spark job. */
final class FileSystemPreflight {
  private FileSystemPreflight() {}

  /** For {@code run} and {@code tune}: their inputs, output folder and checkpoint folder. */
  static void require(SparkSession spark, JobConfig config) {
    List<String> paths = new ArrayList<>(config.input().paths());
    paths.add(config.output().dir());
    if (config.output().checkpointDir() != null) {
      paths.add(config.output().checkpointDir());
    }
    require(spark, paths);
  }

  /**
   * @param paths the --input, --output and --model values as given (local paths, URIs or globs)
   * @throws UncheckedIOException with the one-line cause and fix when a scheme has no file system
   */
  static void require(SparkSession spark, List<String> paths) {
    for (String path : paths) {
      try {
        FileSystemCheck.requireFileSystem(path, spark.sparkContext().hadoopConfiguration());
      } catch (MissingFileSystemException e) {
        throw new UncheckedIOException(e.getMessage(), e);
      }
    }
  }
}
