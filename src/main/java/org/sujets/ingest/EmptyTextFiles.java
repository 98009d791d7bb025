package org.sujets.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Finds the empty (0-byte) .txt files of a text input. Spark's file sources never read them
 * (its file index drops every 0-byte file before planning), yet an empty article must still be
 * counted, so they are listed here, on the driver.
 *
 * <p>This streams one recursive listing of the input (metadata only: the same listing Spark's file
 * index does) and keeps only the empty files, so driver memory grows with the number of empty
 * files, not of files. It skips what Spark skips: names starting with "_" (unless they contain
 * "=") or ".", and names ending with "._COPYING_".
 */
final class EmptyTextFiles {
  private final Configuration hadoopConf;

  EmptyTextFiles(Configuration hadoopConf) {
    this.hadoopConf = hadoopConf;
  }

  /**
   * The paths (as Hadoop prints them, like Spark's {@code path} column) of the empty files of
   * {@code input}, collected to the driver.
   */
  List<String> find(ResolvedInput input) {
    Path path = new Path(input.path());
    List<String> empty = new ArrayList<>();
    try {
      FileSystem fs = path.getFileSystem(hadoopConf);
      if (input.kind() == ResolvedInput.Kind.FILE) {
        FileStatus status = fs.getFileStatus(path);
        if (status.getLen() == 0) {
          empty.add(status.getPath().toString());
        }
        return empty;
      }
      FileStatus[] roots =
          input.kind() == ResolvedInput.Kind.GLOB
              ? fs.globStatus(path)
              : new FileStatus[] {fs.getFileStatus(path)};
      for (FileStatus root : roots == null ? new FileStatus[0] : roots) {
        if (root.isFile()) {
          addIfEmptyText(root, root.getPath().getParent(), empty);
          continue;
        }
        RemoteIterator<LocatedFileStatus> files = fs.listFiles(root.getPath(), true);
        while (files.hasNext()) {
          addIfEmptyText(files.next(), root.getPath(), empty);
        }
      }
      return empty;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list input " + input.path() + ": " + e.getMessage(), e);
    }
  }

  private static void addIfEmptyText(FileStatus file, Path root, List<String> empty) {
    if (file.getLen() != 0 || !file.getPath().getName().endsWith(".txt")) {
      return;
    }
    for (Path p = file.getPath(); p != null && !p.equals(root); p = p.getParent()) {
      if (hiddenFromSpark(p.getName())) {
        return;
      }
    }
    empty.add(file.getPath().toString());
  }

  private static boolean hiddenFromSpark(String name) {
    return (name.startsWith("_") && !name.contains("="))
        || name.startsWith(".")
        || name.endsWith("._COPYING_");
  }
}
