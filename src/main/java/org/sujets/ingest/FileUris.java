package org.sujets.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import org.apache.hadoop.fs.Path;

/**
 * Turns the URL-encoded file URIs Spark gives in {@code _metadata.file_path} ("a%20b.jsonl") into
 * plain paths as Hadoop prints them ("file:/data/a b.jsonl"), the form {@code binaryFile} uses.
 */
public final class FileUris {
  private FileUris() {}

  /** The decoded path; null for null; the input unchanged when it is not a valid URI. */
  public static String decode(String uri) {
    if (uri == null || uri.indexOf('%') < 0) {
      return uri;
    }
    try {
      return new Path(new URI(uri)).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return uri;
    }
  }

  /** The last segment of a path. */
  public static String fileName(String path) {
    return path == null ? null : path.substring(path.lastIndexOf('/') + 1);
  }
}
