package org.sujets.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
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
   * What one listing of a text input found.
   *
   * @param empty the paths (as Hadoop prints them, like Spark's {@code path} column) of the empty
   *     .txt files, collected to the driver
   * @param textFiles .txt files Spark will read (empty or not)
   * @param textBytes their total size
   * @param others how many other files of each extension were passed over, e.g. {".pdf": 3}
   */
  record Listing(List<String> empty, long textFiles, long textBytes, Map<String, Long> others) {}

  /** The empty .txt files of {@code input}; see {@link #list}. */
  List<String> find(ResolvedInput input) {
    return list(input).empty();
  }

  /** Lists {@code input} once (metadata only). */
  Listing list(ResolvedInput input) {
    Path path = new Path(input.path());
    List<String> empty = new ArrayList<>();
    long[] texts = {0, 0}; // files, bytes
    Map<String, Long> others = new TreeMap<>();
    try {
      FileSystem fs = path.getFileSystem(hadoopConf);
      if (input.kind() == ResolvedInput.Kind.FILE) {
        FileStatus status = fs.getFileStatus(path);
        if (status.getLen() == 0) {
          empty.add(status.getPath().toString());
        }
        return new Listing(empty, 1, status.getLen(), others);
      }
      FileStatus[] roots =
          input.kind() == ResolvedInput.Kind.GLOB
              ? fs.globStatus(path)
              : new FileStatus[] {fs.getFileStatus(path)};
      for (FileStatus root : roots == null ? new FileStatus[0] : roots) {
        if (root.isFile()) {
          addIfEmptyText(root, root.getPath().getParent(), empty, texts, others);
          continue;
        }
        walk(fs, root.getPath(), empty, texts, others);
      }
      return new Listing(empty, texts[0], texts[1], others);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list input " + input.path() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Every file under {@code root}, depth first, skipping the folders Spark skips. Plain {@code
   * listStatusIterator}, not {@code listFiles(root, true)}: the latter wraps each file in a {@code
   * LocatedFileStatus}, which on the local file system asks for the file's owner and permissions,
   * and Hadoop gets those by running {@code stat} in a new process per file (3 to 4 ms each: two
   * minutes for 36,000 files). Memory holds the folders still to visit, not the files.
   */
  private static void walk(FileSystem fs, Path root, List<String> empty, long[] texts, Map<String, Long> others)
      throws IOException {
    Deque<Path> folders = new ArrayDeque<>();
    folders.push(root);
    while (!folders.isEmpty()) {
      RemoteIterator<FileStatus> entries = fs.listStatusIterator(folders.pop());
      while (entries.hasNext()) {
        FileStatus entry = entries.next();
        if (entry.isDirectory()) {
          if (!hiddenFromSpark(entry.getPath().getName())) {
            folders.push(entry.getPath());
          }
        } else {
          addIfEmptyText(entry, root, empty, texts, others);
        }
      }
    }
  }

  private static void addIfEmptyText(
      FileStatus file, Path root, List<String> empty, long[] texts, Map<String, Long> others) {
    for (Path p = file.getPath(); p != null && !p.equals(root); p = p.getParent()) {
      if (hiddenFromSpark(p.getName())) {
        return;
      }
    }
    String name = file.getPath().getName();
    if (!name.endsWith(".txt")) {
      int dot = name.lastIndexOf('.');
      String ext = dot > 0 ? name.substring(dot).toLowerCase(Locale.ROOT) : "(no extension)";
      if (others.size() < 50 || others.containsKey(ext)) {
        others.merge(ext, 1L, Long::sum);
      }
      return;
    }
    texts[0]++;
    texts[1] += file.getLen();
    if (file.getLen() == 0) {
      empty.add(file.getPath().toString());
    }
  }

  private static boolean hiddenFromSpark(String name) {
    return (name.startsWith("_") && !name.contains("="))
        || name.startsWith(".")
        || name.endsWith("._COPYING_");
  }
}
