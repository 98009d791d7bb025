package org.sujets.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkContext;
import org.sujets.storage.Folder;
import org.sujets.storage.Locations;

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
   * Points Spark's checkpoints at the run's folder for them (Spark adds a folder of its own).
   *
   * @param chosen the user's {@code --checkpoint-dir} (a URI or local path, perhaps shared with
   *     other runs: only Spark's folder inside it is deleted), or null for {@value #IN_STAGING}
   *     in {@code staging} (deleted whole)
   */
  public static CheckpointDir open(SparkContext sc, String chosen, Folder staging) {
    sc.setCheckpointDir(chosen == null ? staging.uri(IN_STAGING) : Locations.of(chosen).toString());
    Path created = new Path(sc.getCheckpointDir().get());
    return new CheckpointDir(sc, chosen == null ? created.getParent() : created);
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
