package org.sujets.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.sujets.report.SummaryWriter;

/**
 * An output folder written whole or not at all: everything goes to a temporary sibling, which
 * replaces the target only when the run succeeded. A previous run in the target stays intact
 * until then.
 */
public final class OutputFolder {
  private final Path target;
  private final Path staging;
  /** Set once committed or aborted; guarded by this, so an abort from a shutdown hook and a
   * commit in progress never interleave. */
  private boolean settled;

  private OutputFolder(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /**
   * Checks the target and creates the staging folder next to it.
   *
   * @param overwrite allow replacing a non-empty folder that is not a previous Sujets run
   * @throws IllegalArgumentException when the target may not be written, with the reason and fix
   */
  public static OutputFolder prepare(Path target, boolean overwrite) {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new IllegalArgumentException("output " + target + " is a file, not a folder");
    }
    if (!overwrite && isNonEmpty(absolute) && !holdsPreviousRun(absolute)) {
      throw new IllegalArgumentException(
          "output folder " + target + " is not empty and does not hold a previous Sujets run;"
              + " choose another --output or pass --overwrite to replace it");
    }
    Path parent = absolute.getParent();
    Path staging = parent.resolve(absolute.getFileName() + ".tmp-" + UUID.randomUUID());
    try {
      Files.createDirectories(parent);
      Files.createDirectory(staging);
    } catch (AccessDeniedException e) {
      throw new IllegalArgumentException("cannot write output next to " + target + ": permission denied");
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot create output folder next to " + target + ": " + e);
    }
    return new OutputFolder(absolute, staging);
  }

  /** Where the run writes while it is in progress. */
  public Path staging() {
    return staging;
  }

  /** The folder the run will have written when it succeeds. */
  public Path target() {
    return target;
  }

  /** Moves the finished output into place, replacing what was there. */
  public synchronized void commit() throws IOException {
    if (settled) {
      throw new IOException("the run was aborted; " + target + " was left as it was");
    }
    settled = true;
    Path old = null;
    if (Files.exists(target)) {
      old = target.resolveSibling(target.getFileName() + ".old-" + UUID.randomUUID());
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    }
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (old != null) {
        Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      }
      throw e;
    }
    if (old != null) {
      deleteRecursively(old);
    }
  }

  /** Removes the staging folder after a failed run; the target is untouched. */
  public synchronized void abort() {
    settled = true;
    if (!Files.exists(staging)) {
      return;
    }
    try {
      deleteRecursively(staging);
    } catch (IOException e) {
      throw new UncheckedIOException("could not remove the temporary output " + staging, e);
    }
  }

  static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        try {
          Files.delete(p);
        } catch (NoSuchFileException ignored) {
          // already gone
        }
      }
    }
  }

  private static boolean isNonEmpty(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isPresent();
    } catch (IOException e) {
      return true;
    }
  }

  private static boolean holdsPreviousRun(Path dir) {
    Path manifest = dir.resolve("run.json");
    return Files.isRegularFile(manifest) && "sujets".equals(new SummaryWriter().toolOf(manifest));
  }

}
