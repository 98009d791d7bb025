package org.sujets.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.UnsupportedFileSystemException;
import org.apache.hadoop.security.AccessControlException;

/**
 * An output folder written whole or not at all, on any Hadoop file system.
 *
 * <p>Where renaming a folder is atomic (local disks, HDFS), the run writes into a temporary
 * sibling that replaces the target only when the run succeeded. Object stores (S3, GCS, Azure
 * blobs) have no atomic rename: there the run writes in place, {@value #MARKER} last, so that a
 * folder without it is an incomplete run. When the target already holds something, the new run is
 * still written to a sibling first and moved in file by file, {@value #MARKER} last, after the
 * previous run was removed: a previous good run is never removed before the new one is complete.
 */
public final class OutputFolder {
  /** The file written last: a folder without it holds no complete run. */
  public static final String MARKER = RunManifests.MARKER;
  /** File systems whose folder rename is atomic. */

  private final Folder target;
  private final Folder staging;
  /** Set once committed or aborted; guarded by this, so an abort from a shutdown hook and a
   * commit in progress never interleave. */
  private boolean settled;
  private boolean committed;

  private OutputFolder(Folder target, Folder staging) {
    this.target = target;
    this.staging = staging;
  }

  /**
   * Checks the target and creates the folder the run writes into.
   *
   * @param location a URI or a plain local path
   * @param overwrite allow replacing a non-empty folder that is not a previous Sujets run
   * @throws IllegalArgumentException when the target may not be written, with the reason and fix
   */
  public static OutputFolder prepare(String location, boolean overwrite, Configuration conf) {
    Folder target = folder(location, conf);
    FileSystem fs = target.fileSystem();
    Path path = target.path();
    boolean occupied;
    try {
      FileStatus status = fs.exists(path) ? fs.getFileStatus(path) : null;
      if (status != null && !status.isDirectory()) {
        throw new IllegalArgumentException("output " + location + " is a file, not a folder");
      }
      occupied = status != null && fs.listStatus(path).length > 0;
      if (occupied && !overwrite && !RunManifests.isSujetsRun(target)) {
        throw new IllegalArgumentException(
            "output folder " + location + " is not empty and does not hold a previous Sujets run;"
                + " choose another --output or pass --overwrite to replace it");
      }
    } catch (IOException e) {
      throw cannotWrite(location, e);
    }
    boolean inPlace = !AtomicRename.supported(fs) && !occupied;
    Folder staging = inPlace ? target
        : new Folder(fs, new Path(path.getParent(), path.getName() + ".tmp-" + UUID.randomUUID()));
    try {
      if (!fs.mkdirs(staging.path())) {
        throw new IOException("cannot create a folder there");
      }
      // mkdirs may succeed on a folder that already existed but cannot be written: try a file.
      staging.write(".sujets-write-check", new byte[0]);
      staging.delete(".sujets-write-check");
    } catch (IOException e) {
      throw cannotWrite(location, e);
    }
    return new OutputFolder(target, staging);
  }


  /** Where the run writes while it is in progress. */
  public Folder files() {
    return staging;
  }

  /** The folder the run will have written when it succeeds. */
  public Folder target() {
    return target;
  }

  /** Puts the finished output in place, replacing what was there. */
  public synchronized void commit() throws IOException {
    if (settled) {
      throw new IOException("the run was aborted; " + target + " was left as it was");
    }
    settled = true;
    committed = true;
    if (staging == target) {
      return; // written in place, run.json last
    }
    FileSystem fs = target.fileSystem();
    if (AtomicRename.supported(fs)) {
      swapIn(fs);
    } else {
      moveInFileByFile(fs);
    }
  }

  /** Renames the old target aside, the staging folder in, then deletes the old one. */
  private void swapIn(FileSystem fs) throws IOException {
    Path old = null;
    if (fs.exists(target.path())) {
      old = new Path(target.path().getParent(), target.path().getName() + ".old-" + UUID.randomUUID());
      rename(fs, target.path(), old);
    }
    try {
      rename(fs, staging.path(), target.path());
    } catch (IOException e) {
      if (old != null) {
        rename(fs, old, target.path());
      }
      throw e;
    }
    if (old != null) {
      fs.delete(old, true);
    }
  }

  /** Object stores: the complete new run replaces the old one, its run.json last. */
  private void moveInFileByFile(FileSystem fs) throws IOException {
    target.delete(MARKER); // the previous run is marked incomplete before any of it goes
    fs.delete(target.path(), true);
    for (String name : staging.files()) {
      if (!name.equals(MARKER)) {
        rename(fs, staging.resolve(name), target.resolve(name));
      }
    }
    if (staging.exists(MARKER)) {
      rename(fs, staging.resolve(MARKER), target.resolve(MARKER));
    }
    fs.delete(staging.path(), true);
  }

  private static void rename(FileSystem fs, Path from, Path to) throws IOException {
    fs.mkdirs(to.getParent());
    if (!fs.rename(from, to)) {
      throw new IOException("could not rename " + from + " to " + to);
    }
  }

  /**
   * Removes what the failed run wrote; the target is untouched (when the run wrote in place, the
   * target is what it wrote, and goes).
   */
  public synchronized void abort() {
    settled = true;
    if (committed) {
      return;
    }
    try {
      staging.fileSystem().delete(staging.path(), true);
    } catch (IOException e) {
      throw new UncheckedIOException("could not remove the temporary output " + staging, e);
    }
  }

  private static Folder folder(String location, Configuration conf) {
    try {
      return Folder.at(location, conf);
    } catch (UnsupportedFileSystemException e) {
      throw new UncheckedIOException(e); // no file system for the scheme: said as such, not as a write error
    } catch (IOException e) {
      throw cannotWrite(location, e);
    }
  }

  private static IllegalArgumentException cannotWrite(String location, IOException e) {
    String why = e instanceof AccessControlException || e instanceof java.nio.file.AccessDeniedException
        || String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("permission denied")
        ? "permission denied" : String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString());
    return new IllegalArgumentException("cannot write output " + location + ": " + why
        + "; choose an --output you can write");
  }
}
