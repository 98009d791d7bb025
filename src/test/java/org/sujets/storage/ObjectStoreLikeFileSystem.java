package org.sujets.storage;

import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The local disk under the scheme {@code objstore:}, which {@link OutputFolder} does not trust to
 * rename atomically: it takes the object-store path (in place, run.json last) on real files.
 */
public final class ObjectStoreLikeFileSystem extends RawLocalFileSystem {
  public static final String SCHEME = "objstore";

  @Override
  public URI getUri() {
    return URI.create(SCHEME + ":///");
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }

  /** A Hadoop configuration in which {@code objstore:} paths reach this file system. */
  public static Configuration configuration() {
    Configuration conf = new Configuration();
    conf.set("fs." + SCHEME + ".impl", ObjectStoreLikeFileSystem.class.getName());
    conf.setBoolean("fs." + SCHEME + ".impl.disable.cache", true);
    return conf;
  }
}
