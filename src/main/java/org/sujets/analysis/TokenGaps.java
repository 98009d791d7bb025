package org.sujets.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What separates each token from the previous one in the original text: the characters between
 * them plus the elided article the token carried ({@code de l'}Intérieur gives {@code de l'}).
 * A phrase stage uses it to join tokens separated only by connector words ({@code corée du nord})
 * without seeing the stop words the analyzer removed.
 *
 * <p>A gap is lowercased, with typographic apostrophes folded to {@code '}, no-break spaces and
 * runs of white space collapsed to one space, and trimmed: {@code ""} for adjacent words, {@code
 * "-"} for a hyphen, {@code "du"} for {@code Corée du Nord}. The first token's gap, and any gap
 * longer than {@link #MAX_GAP_CHARS} characters (it cannot hold only a few connectors), is null.
 */
public final class TokenGaps {
  /** Longest raw gap kept; longer gaps are null. */
  public static final int MAX_GAP_CHARS = 24;

  private TokenGaps() {}

  /** The gap before every token of {@code analyzed}, which must come from {@code text}. */
  public static List<String> of(String text, AnalyzedText analyzed) {
    int n = analyzed.terms().size();
    List<String> gaps = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (i == 0) {
        gaps.add(null);
        continue;
      }
      int from = analyzed.endOffsets().get(i - 1);
      int start = analyzed.startOffsets().get(i);
      int end = analyzed.endOffsets().get(i);
      if (from > start || end > text.length() || start - from > MAX_GAP_CHARS) {
        gaps.add(null);
        continue;
      }
      gaps.add(gap(text, from, start, end - start - analyzed.surfaces().get(i).length()));
    }
    return gaps;
  }

  /**
   * The normalised gap between {@code from} (the previous token's end) and {@code start}, plus the
   * first {@code elidedChars} characters of the token when they end with an apostrophe (the
   * elided article the analyzer took off).
   */
  static String gap(String text, int from, int start, int elidedChars) {
    boolean elision = elidedChars > 0
        && TypographicChars.isApostrophe(text.charAt(start + elidedChars - 1));
    int end = elision ? start + elidedChars : start;
    // Most gaps are one space (or nothing): no string to build.
    if (blank(text, from, end)) {
      return "";
    }
    return normalize(text, from, end);
  }

  private static boolean blank(String text, int from, int end) {
    for (int i = from; i < end; i++) {
      if (!TypographicChars.isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Lowercased, apostrophes folded, each run of white space (what {@code \s} matches and the
   * no-break spaces: {@link TypographicChars#isSpace}) made one space, then trimmed. One loop, no
   * regular expression and no substring: it runs for nearly every token (a comma is a gap too).
   */
  static String normalize(String raw) {
    return normalize(raw, 0, raw.length());
  }

  private static String normalize(String text, int from, int end) {
    if (TypographicChars.lowersAlone(text, from, end)) {
      return collapse(text, from, end);
    }
    String lower = text.substring(from, end).toLowerCase(Locale.ROOT);
    return collapse(lower, 0, lower.length());
  }

  /** Chars [from, end) lowercased one by one, apostrophes folded, white space runs made one space, trimmed. */
  private static String collapse(String s, int from, int end) {
    char[] out = new char[end - from];
    int length = 0;
    boolean inSpace = false;
    for (int i = from; i < end; i++) {
      char c = Character.toLowerCase(s.charAt(i));
      if (TypographicChars.isSpace(c)) {
        if (!inSpace) {
          out[length++] = ' ';
        }
        inSpace = true;
      } else {
        out[length++] = TypographicChars.isApostrophe(c) ? '\'' : c;
        inSpace = false;
      }
    }
    return new String(out, 0, length).trim();
  }
}
