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
    // Most gaps are one space (or nothing): no string to build, no regular expression to run.
    if (blank(text, from, end)) {
      return "";
    }
    return normalize(text.substring(from, end));
  }

  private static boolean blank(String text, int from, int end) {
    for (int i = from; i < end; i++) {
      if (!TypographicChars.isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static String normalize(String raw) {
    String folded = TypographicChars.foldApostrophes(raw.toLowerCase(Locale.ROOT));
    return SPACES.matcher(folded).replaceAll(" ").trim();
  }

  /** Compiled once: normalize runs for every token (String.replaceAll would compile per call). */
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00A0\\u202F\\u2007]+");
}
