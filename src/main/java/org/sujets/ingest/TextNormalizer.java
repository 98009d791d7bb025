package org.sujets.ingest;

import java.text.Normalizer;

/**
 * Normalises article text and titles: strips a leading byte-order mark (U+FEFF), turns the
 * no-break spaces French typography puts before {@code : ; ! ?} and inside guillemets (U+00A0,
 * U+202F, U+2007) into plain spaces, and applies Unicode NFC so that "é" is one code point
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
    return Normalizer.isNormalized(s, Normalizer.Form.NFC)
        ? s
        : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /** Like {@link #normalize(String)} but returns "" for null (article bodies are never null). */
  public static String normalizeOrEmpty(String text) {
    return text == null ? "" : normalize(text);
  }
}
