package org.sujets.storage;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.UnsupportedFileSystemException;

/**
 * A URI whose scheme has no Hadoop file system on the classpath. A subclass of Hadoop's own
 * exception, so that code catching that (or any IOException) sees it as before.
 */
public final class MissingFileSystemException extends UnsupportedFileSystemException {
  private static final long serialVersionUID = 1L;
  private static final Pattern HADOOP_MESSAGE = Pattern.compile("No FileSystem for scheme \"?([^\"\\s]+)\"?");
  private static final Pattern MISSING_CLASS = Pattern.compile("Class (\\S+) not found");

  private final String scheme;

  public MissingFileSystemException(String scheme) {
    super(message(scheme));
    this.scheme = scheme;
  }

  /** For a scheme whose file system Hadoop failed to load ({@code cause}). */
  public MissingFileSystemException(String scheme, Throwable cause) {
    this(scheme);
    initCause(cause);
  }

  public String scheme() {
    return scheme;
  }

  /** "cause; fix", naming the package that brings the file system when it is a known one. */
  static String message(String scheme) {
    String s = scheme.toLowerCase(Locale.ROOT);
    return "no file system for " + s + ":// on the classpath; " + FileSystemPackage.forScheme(s)
        .map(FileSystemPackage::fix)
        .orElse("check the URI, or add the package providing the Hadoop file system for " + s
            + ":// to spark-submit --packages");
  }

  /**
   * The same error for an exception Hadoop threw itself: "No FileSystem for scheme "gs"", or a
   * ClassNotFoundException for a file system class core-default.xml names (S3A, Azure); null when
   * the exception is neither.
   */
  public static MissingFileSystemException fromHadoop(Throwable e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (e instanceof UnsupportedFileSystemException) {
      Matcher m = HADOOP_MESSAGE.matcher(message);
      if (m.find()) {
        return new MissingFileSystemException(m.group(1), e);
      }
    }
    if (e instanceof ClassNotFoundException || e.getCause() instanceof ClassNotFoundException) {
      Matcher m = MISSING_CLASS.matcher(message);
      if (m.find()) {
        String className = m.group(1);
        return FileSystemPackage.forClassName(className)
            .map(p -> new MissingFileSystemException(p.scheme(), e)).orElse(null);
      }
    }
    return null;
  }
}
