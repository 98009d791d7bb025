package org.sujets.config;

import java.util.LinkedHashMap;
import java.util.Map;
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

  /** field → column name, in a fixed order, as run.json records it. */
  public Map<String, String> asMap() {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("id", id);
    names.put("title", title);
    names.put("date", date);
    names.put("source", source);
    names.put("section", section);
    names.put("text", text);
    return names;
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
