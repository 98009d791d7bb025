package org.sujets.analysis;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops tokens that are not words: those that start with a digit ({@code 2023}, {@code 1er},
 * {@code 11h}, {@code 13e}, {@code 42,7}) and those with no letter at all (emoji, stray marks).
 * Words with a digit inside or at the end, such as {@code g7}, are kept.
 */
public final class NonWordFilter extends FilteringTokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  public NonWordFilter(TokenStream input) {
    super(input);
  }

  @Override
  protected boolean accept() {
    char[] buffer = termAtt.buffer();
    int length = termAtt.length();
    if (length == 0 || Character.isDigit(Character.codePointAt(buffer, 0, length))) {
      return false;
    }
    for (int i = 0; i < length; ) {
      int codePoint = Character.codePointAt(buffer, i, length);
      if (Character.isLetter(codePoint)) {
        return true;
      }
      i += Character.charCount(codePoint);
    }
    return false;
  }
}
