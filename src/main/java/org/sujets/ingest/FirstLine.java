package org.sujets.ingest;

/** Finds the title of a plain-text article: its first line that is not blank, trimmed. */
public final class FirstLine {
  private FirstLine() {}

  /** Returns the first non-blank line of {@code text} (lines end with \n, \r\n or \r), trimmed; null if none. */
  public static String of(String text) {
    if (text == null) {
      return null;
    }
    int start = 0;
    int n = text.length();
    while (start < n) {
      int end = start;
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      String line = text.substring(start, end).strip();
      if (!line.isEmpty()) {
        return line;
      }
      start = end + 1;
    }
    return null;
  }
}
