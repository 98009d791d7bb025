package org.sujets.storage;

import java.util.regex.Pattern;
import org.apache.hadoop.fs.Path;

/**
 * Turns what a user typed for --input, --output or --model into a Hadoop path. A URI keeps its
 * scheme ({@code hdfs://nn:8020/runs/x}, {@code s3a://bucket/runs/x}, {@code file:/tmp/x}); a plain
 * path is a local path, made absolute. A URI is never taken for a relative local path.
 */
public final class Locations {
  /** A scheme of two letters or more, then a colon (one letter would be a Windows drive). */
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+:.*", Pattern.DOTALL);

  private Locations() {}

  /** Whether {@code given} names a scheme, such as {@code hdfs:} or {@code file:}. */
  public static boolean hasScheme(String given) {
    return SCHEME.matcher(given).matches();
  }

  /**
   * The Hadoop path of {@code given}: the URI as written, or the absolute local path as a
   * {@code file:} URI.
   *
   * @throws IllegalArgumentException for an empty location or a URI that does not parse
   */
  public static Path of(String given) {
    if (given == null || given.isBlank()) {
      throw new IllegalArgumentException("an empty path was given");
    }
    if (!hasScheme(given)) {
      return new Path("file", null, java.nio.file.Path.of(given).toAbsolutePath().normalize().toString());
    }
    try {
      Path path = new Path(given);
      if (path.toUri().getScheme() == null) {
        throw new IllegalArgumentException("'" + given + "' is not a valid URI");
      }
      return path;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + given + "' is not a valid path or URI: "
          + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
    }
  }
}
