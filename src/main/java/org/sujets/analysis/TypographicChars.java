package org.sujets.analysis;

/**
 * The typographic variants French news sites use for the apostrophe and for spaces, and their
 * plain forms. Folding them first lets the tokenizer and {@code ElisionFilter} see one apostrophe
 * ({@code '}) and one space, whatever the site's typesetting. Every fold is one char for one, so
 * text offsets are unchanged.
 */
public final class TypographicChars {

  private TypographicChars() {}

  /**
   * {@code c} folded: an apostrophe look-alike (’ ʼ ‘ ´ ` ＇ ′) gives {@code '}, a no-break space
   * (U+00A0, the narrow U+202F before « » ; : in French, the figure space U+2007) a space.
   */
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

  /** True for what {@code \s} matches in a Java regular expression, and the no-break spaces. */
  public static boolean isSpace(char c) {
    return isRegexSpace(c) || fold(c) == ' ';
  }

  /** True for what {@code \s} matches in a Java regular expression (no flags): ASCII white space. */
  public static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * True when {@code Character.toLowerCase(c)} is what {@code String.toLowerCase(Locale.ROOT)}
   * makes of {@code c} wherever it stands: false for İ (U+0130, two chars in lower case), Σ
   * (U+03A3, final or not by context) and surrogates (half a code point). Lets a loop lowercase
   * as it goes, and call {@code String.toLowerCase} only for the rare text that needs it.
   */
  public static boolean lowersAlone(char c) {
    return c != '\u0130' && c != '\u03A3' && !Character.isSurrogate(c);
  }

  /** True when every char of {@code s} in [from, end) {@linkplain #lowersAlone(char) lowers alone}. */
  public static boolean lowersAlone(String s, int from, int end) {
    for (int i = from; i < end; i++) {
      if (!lowersAlone(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Folds apostrophe look-alikes to {@code '} in a short string such as a stop word. */
  static String foldApostrophes(String word) {
    char[] chars = word.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (isApostrophe(chars[i])) {
        chars[i] = '\'';
      }
    }
    return new String(chars);
  }
}
