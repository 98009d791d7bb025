package org.sujets.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

/**
 * A folder on any Hadoop file system (local disk, HDFS, S3...): every file Sujets writes goes
 * through one, by a name relative to it ("topics.json", "charts/topics.png"). Spark's own writers
 * get the folder's URIs from {@link #uri}.
 */
public final class Folder {
  private final FileSystem fs;
  private final Path root;

  Folder(FileSystem fs, Path root) {
    // The local file system's checksummed wrapper would leave a hidden .crc beside every file.
    this.fs = fs instanceof LocalFileSystem local ? local.getRawFileSystem() : fs;
    this.root = this.fs.makeQualified(root);
  }

  /** The folder at {@code location} (a URI, or a plain local path), on its file system. */
  public static Folder at(String location, Configuration conf) throws IOException {
    Path path = Locations.of(location);
    return new Folder(path.getFileSystem(conf), path);
  }

  /** A local folder, for tests and tools that never leave the machine. */
  public static Folder local(java.nio.file.Path dir) {
    try {
      return at(dir.toAbsolutePath().toString(), new Configuration());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The folder's qualified path. */
  public Path path() {
    return root;
  }

  public FileSystem fileSystem() {
    return fs;
  }

  /** The qualified path of {@code name} in this folder. */
  public Path resolve(String name) {
    return new Path(root, name);
  }

  /** The URI of {@code name} in this folder, as Spark's readers and writers take it. */
  public String uri(String name) {
    return resolve(name).toString();
  }

  /** The folder {@code name} inside this one (not created). */
  public Folder child(String name) {
    return new Folder(fs, resolve(name));
  }

  /** Creates (or replaces) the file {@code name}, its folders included; the caller closes it. */
  public OutputStream create(String name) throws IOException {
    return fs.create(resolve(name), true);
  }

  /** Writes the file {@code name} whole, replacing it. */
  public void write(String name, byte[] bytes) throws IOException {
    try (OutputStream out = create(name)) {
      out.write(bytes);
    }
  }

  /**
   * Replaces the file {@code name} with {@code bytes}, never leaving it half-written. Where renames
   * are atomic (local disks, HDFS) the bytes go to a temporary sibling first, which is then renamed
   * over the file (FileContext's rename with OVERWRITE: readers see the old file or the new one);
   * on object stores, where a file appears only once its upload is complete, it is written in place.
   */
  public void replace(String name, byte[] bytes) throws IOException {
    if (!AtomicRename.supported(fs)) {
      write(name, bytes);
      return;
    }
    String temporary = name + ".tmp-" + UUID.randomUUID();
    write(temporary, bytes);
    try {
      FileContext.getFileContext(fs.getUri(), fs.getConf())
          .rename(resolve(temporary), resolve(name), Options.Rename.OVERWRITE);
    } catch (IOException | RuntimeException e) {
      delete(temporary);
      throw e;
    }
  }

  public InputStream open(String name) throws IOException {
    return fs.open(resolve(name));
  }

  public boolean exists(String name) throws IOException {
    return fs.exists(resolve(name));
  }

  public boolean isFile(String name) throws IOException {
    return fs.isFile(resolve(name));
  }

  /** Deletes {@code name}, a file or a folder with its content; nothing when it is absent. */
  public void delete(String name) throws IOException {
    fs.delete(resolve(name), true);
  }

  /** Moves the file or folder {@code from} to {@code to} (absent) in this folder. */
  public void move(String from, String to) throws IOException {
    Path target = resolve(to);
    fs.mkdirs(target.getParent());
    if (!fs.rename(resolve(from), target)) {
      throw new IOException("could not move " + resolve(from) + " to " + target);
    }
  }

  /** The names, relative to this folder, of every file below it. */
  public List<String> files() throws IOException {
    List<String> names = new ArrayList<>();
    if (fs.exists(root)) {
      addFiles("", root, names);
    }
    return names;
  }

  private void addFiles(String prefix, Path dir, List<String> names) throws IOException {
    for (FileStatus status : fs.listStatus(dir)) {
      String name = prefix + status.getPath().getName();
      if (status.isDirectory()) {
        addFiles(name + "/", status.getPath(), names);
      } else {
        names.add(name);
      }
    }
  }

  /** Creates the folder (and its parents) if it does not exist yet. */
  public Folder create() throws IOException {
    fs.mkdirs(root);
    return this;
  }

  /** The entries directly in this folder whose name starts with {@code prefix}. */
  public List<String> entries(String prefix) throws IOException {
    List<String> names = new ArrayList<>();
    if (!fs.exists(root)) {
      return names;
    }
    for (FileStatus status : fs.listStatus(root)) {
      if (status.getPath().getName().startsWith(prefix)) {
        names.add(status.getPath().getName());
      }
    }
    return names;
  }

  @Override
  public String toString() {
    return root.toString();
  }
}
