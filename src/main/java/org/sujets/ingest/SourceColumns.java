package org.sujets.ingest;

/** Internal columns every source adds to its records, read by the column mapper and line numbering. */
final class SourceColumns {
  /**
   * Optional long column: the 1-based line of the record in its file (see {@link LineNumbers});
   * when absent, rejected rows have a null line.
   */
  static final String LINE = "__sujets_line";
  /** String column: {@code _metadata.file_path}, the URL-encoded file URI. */
  static final String FILE_PATH = "__sujets_file_path";

  private SourceColumns() {}
}
