package org.sujets.cli;

import java.net.URI;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * Local files under a scheme Hadoop does not know ({@code sujetstest:///tmp/x}), for tests of a
 * file system that exists only through {@code --conf spark.hadoop.fs.sujetstest.impl}, as S3A's
 * settings do.
 */
public class OtherSchemeLocalFileSystem extends RawLocalFileSystem {
  static final String SCHEME = "sujetstest";

  @Override
  public URI getUri() {
    return URI.create(SCHEME + ":///");
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }

  @Override
  protected void checkPath(Path path) {
    // any sujetstest:/// path is a local path
  }

  @Override
  public java.io.File pathToFile(Path path) {
    return new java.io.File(path.toUri().getPath());
  }
}
