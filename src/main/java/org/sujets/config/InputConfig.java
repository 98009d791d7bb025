package org.sujets.config;

import java.util.List;
import java.util.Objects;

/**
 * Where the articles come from.
 *
 * @param paths files, folders (scanned recursively) or globs; at least one
 * @param format how to read them; AUTO decides per path from its extension
 * @param columns column names for JSON Lines, CSV and Parquet
 * @param mode what a bad record does: skipped and counted (permissive, the default) or fatal
 */
public record InputConfig(
    List<String> paths, InputFormat format, ColumnMapping columns, RecordMode mode) {
  public InputConfig {
    paths = List.copyOf(paths);
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(columns, "columns");
    Objects.requireNonNull(mode, "mode");
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("no input path given");
    }
  }

  /** Permissive input. */
  public InputConfig(List<String> paths, InputFormat format, ColumnMapping columns) {
    this(paths, format, columns, RecordMode.PERMISSIVE);
  }
}
