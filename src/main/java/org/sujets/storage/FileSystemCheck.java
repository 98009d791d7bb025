package org.sujets.storage;

import java.io.IOException;
import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Checks, before any Spark job, that a path's URI scheme has a Hadoop file system on the
 * classpath: without hadoop-aws, an s3a:// input otherwise fails deep in Spark with a Hadoop
 * ClassNotFoundException.
 */
public final class FileSystemCheck {
  private FileSystemCheck() {}

  /**
   * @param uri a file or folder URI; without a scheme it is on the default file system (fs.defaultFS)
   * @param conf the Hadoop configuration the path will be opened with (the Spark session's)
   * @throws MissingFileSystemException naming the package to add when the scheme has no file system
   */
  public static void requireFileSystem(URI uri, Configuration conf) throws MissingFileSystemException {
    String scheme = uri.getScheme() != null ? uri.getScheme() : FileSystem.getDefaultUri(conf).getScheme();
    try {
      FileSystem.getFileSystemClass(scheme, conf);
    } catch (IOException | RuntimeException e) {
      if (MissingFileSystemException.fromHadoop(e) != null) {
        // The scheme as given: Hadoop's exception names a class, which may serve several (abfs, abfss).
        throw new MissingFileSystemException(scheme, e);
      }
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      // Any other IOException is the file system's to report when the path is opened.
    }
  }

  /** The same for a path as a user gives it: a local path, a URI, or a glob (s3a://b/news/*.jsonl). */
  public static void requireFileSystem(String path, Configuration conf) throws MissingFileSystemException {
    requireFileSystem(new Path(path).toUri(), conf);
  }
}
