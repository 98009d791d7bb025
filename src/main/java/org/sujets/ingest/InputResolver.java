package org.sujets.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.sujets.config.InputFormat;

/**
 * Checks that an input path exists and decides its format, through Hadoop's {@link FileSystem}
 * so that HDFS and S3 paths work like local ones.
 *
 * <p>AUTO decides by extension: .txt → TEXT; .jsonl, .jsonl.gz, .json, .json.gz → JSONL; .csv,
 * .csv.gz → CSV; .parquet → PARQUET. A folder is PARQUET when it directly contains a .parquet
 * file (the top level is streamed and the scan stops at the first one; subfolders are not
 * visited), otherwise TEXT (.txt files, recursively). A glob is decided by the extension of its
 * last component, and is TEXT when that has none of the above.
 */
public final class InputResolver {
  private static final Pattern GLOB = Pattern.compile("[*?\\[\\]{}\\\\]");

  private final Configuration hadoopConf;

  public InputResolver(Configuration hadoopConf) {
    this.hadoopConf = hadoopConf;
  }

  /**
   * Resolves one path.
   *
   * @throws IllegalArgumentException when the path does not exist (or a glob matches nothing),
   *     or AUTO meets a file with an unknown extension
   * @throws UncheckedIOException when the file system cannot be queried
   */
  public ResolvedInput resolve(String pathString, InputFormat requested) {
    Path path = new Path(pathString);
    try {
      FileSystem fs = path.getFileSystem(hadoopConf);
      if (GLOB.matcher(pathString).find()) {
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
          throw notFound(pathString);
        }
        InputFormat format =
            requested != InputFormat.AUTO ? requested : orDefault(byExtension(path.getName()));
        return new ResolvedInput(
            pathString, format, ResolvedInput.Kind.GLOB, qualified(fs, globFreeAncestor(path)));
      }
      if (!fs.exists(path)) {
        throw notFound(pathString);
      }
      FileStatus status = fs.getFileStatus(path);
      if (status.isDirectory()) {
        InputFormat format =
            requested != InputFormat.AUTO
                ? requested
                : containsParquet(fs, path) ? InputFormat.PARQUET : InputFormat.TEXT;
        return new ResolvedInput(
            pathString, format, ResolvedInput.Kind.DIRECTORY, qualified(fs, path));
      }
      InputFormat format = requested;
      if (format == InputFormat.AUTO) {
        format = byExtension(path.getName());
        if (format == null) {
          throw new IllegalArgumentException(
              "cannot tell the format of "
                  + pathString
                  + " from its extension: rename it to .txt, .jsonl, .jsonl.gz, .json, .csv or"
                  + " .parquet, or give the input format explicitly");
        }
      }
      Path parent = path.getParent() == null ? path : path.getParent();
      return new ResolvedInput(pathString, format, ResolvedInput.Kind.FILE, qualified(fs, parent));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read input " + pathString + ": " + e.getMessage(), e);
    }
  }

  /** The format an extension stands for, or null when it is not one we know. */
  static InputFormat byExtension(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      return InputFormat.TEXT;
    }
    if (name.endsWith(".jsonl")
        || name.endsWith(".jsonl.gz")
        || name.endsWith(".json")
        || name.endsWith(".json.gz")) {
      return InputFormat.JSONL;
    }
    if (name.endsWith(".csv") || name.endsWith(".csv.gz")) {
      return InputFormat.CSV;
    }
    if (name.endsWith(".parquet")) {
      return InputFormat.PARQUET;
    }
    return null;
  }

  private static InputFormat orDefault(InputFormat format) {
    return format == null ? InputFormat.TEXT : format;
  }

  private static boolean containsParquet(FileSystem fs, Path dir) throws IOException {
    RemoteIterator<FileStatus> it = fs.listStatusIterator(dir);
    while (it.hasNext()) {
      FileStatus child = it.next();
      if (child.isFile()
          && child.getPath().getName().toLowerCase(Locale.ROOT).endsWith(".parquet")) {
        return true;
      }
    }
    return false;
  }

  private static Path globFreeAncestor(Path glob) {
    Path p = glob;
    while (p.getParent() != null && GLOB.matcher(p.toString()).find()) {
      p = p.getParent();
    }
    return p;
  }

  private static String qualified(FileSystem fs, Path path) {
    return fs.makeQualified(path).toString();
  }

  private static IllegalArgumentException notFound(String path) {
    return new IllegalArgumentException("input not found: " + path);
  }
}
