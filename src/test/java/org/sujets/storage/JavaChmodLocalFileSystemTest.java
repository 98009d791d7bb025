package org.sujets.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same modes as Hadoop's local file system gives, folders and files, and the same failures. */
class JavaChmodLocalFileSystemTest {
  @TempDir java.nio.file.Path dir;

  private static FileSystem fileSystem(Class<? extends FileSystem> impl) throws IOException {
    Configuration conf = new Configuration();
    conf.setClass("fs.file.impl", impl, FileSystem.class);
    conf.setBoolean("fs.file.impl.disable.cache", true);
    conf.set("fs.permissions.umask-mode", "022");
    return FileSystem.get(java.net.URI.create("file:///"), conf);
  }

  private String mode(java.nio.file.Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  /** Folders (nested, as Spark's commit protocol makes them), a file, and an explicit mode, each way. */
  private String[] modesWrittenBy(FileSystem fs, String name) throws IOException {
    Path root = new Path(dir.resolve(name).toUri());
    fs.mkdirs(new Path(root, "a/_temporary/0/attempt"));
    try (FSDataOutputStream out = fs.create(new Path(root, "a/part-0.txt"))) {
      out.write("texte".getBytes(StandardCharsets.UTF_8));
    }
    fs.mkdirs(new Path(root, "private"), new FsPermission((short) 0700));
    fs.setPermission(new Path(root, "a/part-0.txt"), new FsPermission((short) 0640));
    java.nio.file.Path local = dir.resolve(name);
    return new String[] {mode(local.resolve("a")), mode(local.resolve("a/_temporary/0/attempt")),
        mode(local.resolve("private")), mode(local.resolve("a/part-0.txt"))};
  }

  @Test
  void modesAreHadoopsOwn() throws IOException {
    try (FileSystem ours = fileSystem(JavaChmodLocalFileSystem.class);
        FileSystem hadoops = fileSystem(LocalFileSystem.class)) {
      assertInstanceOf(LocalFileSystem.class, ours); // storage/Folder unwraps it to the raw file system
      String[] expected = modesWrittenBy(hadoops, "hadoop");
      assertEquals("rwxr-xr-x", expected[0]);
      assertEquals("rwx------", expected[2]);
      assertEquals("rw-r-----", expected[3]);
      assertArrayEquals(expected, modesWrittenBy(ours, "java"));
    }
  }

  @Test
  void aMissingPathFailsAsAnIOException() throws IOException {
    try (FileSystem ours = fileSystem(JavaChmodLocalFileSystem.class)) {
      Path missing = new Path(dir.resolve("missing").toUri());
      assertThrows(IOException.class, () -> ours.setPermission(missing, new FsPermission((short) 0644)));
    }
  }
}
