package org.sujets.analysis;

/**
 * The typographic variants French news sites use for the apostrophe and for spaces, and their
 * plain forms. Folding them first lets the tokenizer and {@code ElisionFilter} see one apostrophe
 * ({@code '}) and one space, whatever the site's typesetting. Every fold is one char for one, so
 * text offsets are unchanged.
 */
public final class TypographicChars {

  /** Apostrophe look-alikes: ’ ʼ ‘ ´ ` ＇ ′. */
  static final String APOSTROPHES = "\u2019\u02BC\u2018\u00B4\u0060\uFF07\u2032";

  /** No-break space, narrow no-break space (before « » ; : in French), figure space. */
  static final String SPACES = "\u00A0\u202F\u2007";

  private TypographicChars() {}

  /** {@code c} folded: an apostrophe look-alike gives {@code '}, a no-break space {@code ' '}. */
  public static char fold(char c) {
    return switch (c) {
      case '\u2019', '\u02BC', '\u2018', '\u00B4', '\u0060', '\uFF07', '\u2032' -> '\'';
      case '\u00A0', '\u202F', '\u2007' -> ' ';
      default -> c;
    };
  }

  /** True for {@code '} and its look-alikes. */
  public static boolean isApostrophe(char c) {
    return fold(c) == '\'';
  }

  /** Folds apostrophe look-alikes to {@code '} in a short string such as a stop word. */
  static String foldApostrophes(String word) {
    String folded = word;
    for (int i = 0; i < APOSTROPHES.length(); i++) {
      folded = folded.replace(APOSTROPHES.charAt(i), '\'');
    }
    return folded;
  }
}
