package org.sujets.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkContext;

/**
 * The checkpoint directory of one run: where the near-duplicate stage's label propagation and EM
 * LDA cut their lineage. It must be on storage every executor sees (the run's staging folder by
 * default, or {@code --checkpoint-dir}), so that losing an executor never loses a checkpoint.
 * Closing it deletes what the run wrote there.
 */
public final class CheckpointDir implements AutoCloseable {
  /** Name of the default checkpoint folder inside a run's staging folder. */
  public static final String IN_STAGING = "_checkpoints";

  private final SparkContext sc;
  private final Path owned;

  private CheckpointDir(SparkContext sc, Path owned) {
    this.sc = sc;
    this.owned = owned;
  }

  /**
   * Points Spark's checkpoints at {@code dir} (Spark adds a folder of its own inside it).
   *
   * @param dir a Hadoop URI or plain path seen by every executor
   * @param deleteWhole whether the run owns {@code dir} itself (delete it whole at the end) or only
   *     the folder Spark creates inside it (a user's {@code --checkpoint-dir} may be shared)
   */
  public static CheckpointDir open(SparkContext sc, String dir, boolean deleteWhole) {
    sc.setCheckpointDir(dir);
    Path created = new Path(sc.getCheckpointDir().get());
    return new CheckpointDir(sc, deleteWhole ? created.getParent() : created);
  }

  /** Deletes the run's checkpoints. */
  @Override
  public void close() {
    try {
      FileSystem fs = owned.getFileSystem(sc.hadoopConfiguration());
      fs.delete(owned, true);
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete the checkpoints in " + owned + ": " + e.getMessage(), e);
    }
  }
}
