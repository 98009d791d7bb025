package org.sujets.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.io.nativeio.NativeIO;

/**
 * Hadoop's local file system, with permissions set through {@code java.nio} rather than a {@code
 * chmod} process. Without Hadoop's native library (rarely installed), Hadoop starts a process for
 * each folder and file it creates; Spark's commit protocol makes five levels of folders for every
 * file it writes, so the sample run started about 150 of them. bin/sujets sets it for its local
 * runs ({@code spark.hadoop.fs.file.impl}); under spark-submit Hadoop's own stays. The modes are
 * the same; a sticky bit, which {@code java.nio} cannot set, still goes through Hadoop's way.
 */
public final class JavaChmodLocalFileSystem extends LocalFileSystem {
  public JavaChmodLocalFileSystem() {
    super(new Raw());
  }

  /** The raw file system under the checksums, where the permissions are set. */
  static final class Raw extends RawLocalFileSystem {
    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      if (NativeIO.isAvailable() || permission.getStickyBit()) {
        super.setPermission(p, permission);
        return;
      }
      Files.setPosixFilePermissions(pathToFile(p).toPath(), PosixFilePermissions.fromString(permission.toString()));
    }
  }
}
