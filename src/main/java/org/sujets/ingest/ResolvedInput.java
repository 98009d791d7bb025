package org.sujets.ingest;

import java.util.Objects;
import org.sujets.config.InputFormat;

/**
 * One input path once checked and its format decided.
 *
 * @param path the path as the user gave it (file, folder or glob)
 * @param format the concrete format, never {@link InputFormat#AUTO}
 * @param kind whether the path is a file, a folder or a glob
 * @param baseDir the fully qualified folder that ids of text files are relative to: the folder
 *     itself, the parent of a file, the deepest glob-free ancestor of a glob
 */
public record ResolvedInput(String path, InputFormat format, Kind kind, String baseDir) {
  /** What the path names. */
  public enum Kind {
    FILE,
    DIRECTORY,
    GLOB
  }

  public ResolvedInput {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(baseDir, "baseDir");
    if (format == null || format == InputFormat.AUTO) {
      throw new IllegalArgumentException("a resolved input needs a concrete format: " + path);
    }
  }
}
