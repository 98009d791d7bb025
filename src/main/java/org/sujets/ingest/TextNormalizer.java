package org.sujets.ingest;

import java.text.Normalizer;

/**
 * Normalises article text and titles: strips a leading byte-order mark (U+FEFF), turns the
 * no-break spaces French typography puts before {@code : ; ! ?} and inside guillemets (U+00A0,
 * U+202F, U+2007) into plain spaces, drops control characters other than tab, line feed and
 * carriage return (C0, DEL, C1: they carry no text, and terminal escapes or a stray U+0000 in a
 * title would travel into every output), and applies Unicode NFC so that "é" is one code point
 * whatever the source produced. Pure and thread-safe.
 */
public final class TextNormalizer {
  private static final char BOM = '\uFEFF';

  private TextNormalizer() {}

  /** Returns the normalised text, or null for null. */
  public static String normalize(String text) {
    if (text == null) {
      return null;
    }
    String s = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    if (s.indexOf('\u00A0') >= 0 || s.indexOf('\u202F') >= 0 || s.indexOf('\u2007') >= 0) {
      s = s.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ');
    }
    s = withoutControls(s);
    return Normalizer.isNormalized(s, Normalizer.Form.NFC)
        ? s
        : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  private static boolean isDroppedControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
  }

  private static String withoutControls(String s) {
    int i = 0;
    while (i < s.length() && !isDroppedControl(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length()).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isDroppedControl(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Like {@link #normalize(String)} but returns "" for null (article bodies are never null). */
  public static String normalizeOrEmpty(String text) {
    return text == null ? "" : normalize(text);
  }
}
