package org.sujets.report;

/** Escaping of untrusted text (article titles, words, parameters) for HTML, Markdown and JSON. */
public final class Escape {
  private Escape() {}

  /** Text for HTML element content or a quoted attribute value. */
  public static String html(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            b.append(' ');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /**
   * Text shown as-is in Markdown (Jupyter, GitHub), including inside a table cell or a list item:
   * one line, HTML neutralised with entities, every Markdown-active punctuation backslash-escaped
   * ({@code $} too, which Jupyter would read as math).
   */
  public static String markdown(String s) {
    if (s == null) {
      return "";
    }
    String t = s.replaceAll("[\\r\\n\\t\\u2028\\u2029\\u0000-\\u001F]+", " ").strip();
    StringBuilder b = new StringBuilder(t.length() + 16);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '\\', '`', '*', '_', '[', ']', '(', ')', '{', '}', '#', '|', '!', '~', '$', '"' ->
            b.append('\\').append(c);
        case '-', '+', '=', ':' -> {
          // Only active at the start of a line/cell (list items, setext headings, tables).
          if (i == 0) {
            b.append('\\');
          }
          b.append(c);
        }
        default -> b.append(c);
      }
    }
    // "1. Titre" would start an ordered list.
    String out = b.toString();
    return out.replaceFirst("^(\\d+)\\.", "$1\\\\.");
  }

  /**
   * JSON text made safe to embed in an HTML {@code <script>} element: {@code <}, {@code >},
   * {@code &}, U+2028 and U+2029 become {@code \\uXXXX} escapes. Valid because these characters
   * can only occur inside JSON strings, where the escape means the same character.
   */
  public static String jsonForScript(String json) {
    StringBuilder b = new StringBuilder(json.length() + 32);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> b.append("\\u003c");
        case '>' -> b.append("\\u003e");
        case '&' -> b.append("\\u0026");
        case '\u2028' -> b.append("\\u2028");
        case '\u2029' -> b.append("\\u2029");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Shortens text to at most {@code max} characters at a word boundary, adding "…". */
  public static String shorten(String s, int max) {
    if (s == null) {
      return "";
    }
    String t = s.replaceAll("\\s+", " ").strip();
    if (t.length() <= max) {
      return t;
    }
    int cut = t.lastIndexOf(' ', max - 1);
    if (cut < max / 2) {
      cut = max - 1;
    }
    return t.substring(0, cut).stripTrailing() + "…";
  }
}
