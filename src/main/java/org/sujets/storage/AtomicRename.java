package org.sujets.storage;

import java.util.Set;
import org.apache.hadoop.fs.FileSystem;

/** Which file systems rename a folder or a file atomically, so that a write can be staged then renamed. */
final class AtomicRename {
  /**
   * Schemes whose rename is atomic. Object stores (s3a, gs, abfs, wasb, …) copy then delete: a
   * reader could see half of it.
   */
  private static final Set<String> SCHEMES = Set.of("file", "hdfs", "viewfs", "webhdfs", "swebhdfs", "ofs", "o3fs");

  private AtomicRename() {}

  static boolean supported(FileSystem fs) {
    return SCHEMES.contains(fs.getUri().getScheme());
  }
}
