package org.sujets.config;

import java.util.Locale;

/** How input files are read. {@link #AUTO} picks by file extension. */
public enum InputFormat {
  /** Decide from the extension: .txt, .jsonl/.jsonl.gz/.json, .csv, .parquet; folders are scanned for .txt. */
  AUTO,
  /** One article per UTF-8 (or windows-1252) text file; id = file name, title = first non-empty line. */
  TEXT,
  /** JSON Lines, optionally gzip-compressed: one article object per line. */
  JSONL,
  /** CSV with a header row; quoted fields may contain newlines. */
  CSV,
  /** Apache Parquet. */
  PARQUET;

  /** Parses a user-supplied name such as "jsonl" (case-insensitive). */
  public static InputFormat parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown input format '" + name + "': use auto, text, jsonl, csv or parquet");
    }
  }
}
