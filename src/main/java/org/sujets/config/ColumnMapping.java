package org.sujets.config;

import java.util.Objects;

/**
 * Names of the input columns (JSON Lines, CSV, Parquet) that hold each article field. Only the
 * text column is required; a missing optional column reads as null.
 */
public record ColumnMapping(
    String id, String title, String date, String source, String section, String text) {

  /** The names OrangeSum and most exports use: id, title, date, source, section, text. */
  public static ColumnMapping defaults() {
    return new ColumnMapping("id", "title", "date", "source", "section", "text");
  }

  public ColumnMapping {
    for (String name : new String[] {id, title, date, source, section, text}) {
      Objects.requireNonNull(name, "column name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("a column name cannot be blank");
      }
    }
  }
}
