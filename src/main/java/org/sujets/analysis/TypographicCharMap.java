package org.sujets.analysis;

import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * The typographic variants French news sites use for the apostrophe and for spaces, and their
 * plain forms. Folding them first lets the tokenizer and {@code ElisionFilter} see one apostrophe
 * ({@code '}) and one space, whatever the site's typesetting.
 */
final class TypographicCharMap {

  /** Apostrophe look-alikes: ’ ʼ ‘ ´ ` ＇ ′. */
  private static final String APOSTROPHES = "\u2019\u02BC\u2018\u00B4\u0060\uFF07\u2032";

  /** No-break space, narrow no-break space (before « » ; : in French), figure space. */
  private static final String SPACES = "\u00A0\u202F\u2007";

  /** Immutable once built, so one map serves every analyzer. */
  static final NormalizeCharMap MAP = build();

  private TypographicCharMap() {}

  /** Folds apostrophe look-alikes to {@code '} in a short string such as a stop word. */
  static String foldApostrophes(String word) {
    String folded = word;
    for (int i = 0; i < APOSTROPHES.length(); i++) {
      folded = folded.replace(APOSTROPHES.charAt(i), '\'');
    }
    return folded;
  }

  private static NormalizeCharMap build() {
    NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
    for (int i = 0; i < APOSTROPHES.length(); i++) {
      builder.add(String.valueOf(APOSTROPHES.charAt(i)), "'");
    }
    for (int i = 0; i < SPACES.length(); i++) {
      builder.add(String.valueOf(SPACES.charAt(i)), " ");
    }
    return builder.build();
  }
}
