package org.sujets.config;

import java.util.Locale;

/**
 * What a run does with a bad record (a malformed JSON line or CSV row, a binary .txt file, a
 * duplicate id): PERMISSIVE (the default) skips it, counts it and lists the first ones in
 * run.json; STRICT fails on the first one, naming the file and line or record.
 */
public enum RecordMode {
  PERMISSIVE,
  STRICT;

  /** Parses "permissive" or "strict", any case. */
  public static RecordMode parse(String name) {
    if (name != null) {
      for (RecordMode mode : values()) {
        if (mode.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
          return mode;
        }
      }
    }
    throw new IllegalArgumentException("unknown --mode '" + name + "': use permissive or strict");
  }
}
