package org.sujets.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Records the current term in {@link SurfaceFormAttribute}. Placed just before the stemmer, it
 * keeps the readable word that the stemmer is about to rewrite.
 */
public final class SurfaceFormFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final SurfaceFormAttribute surfaceAtt = addAttribute(SurfaceFormAttribute.class);

  public SurfaceFormFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    surfaceAtt.setSurface(termAtt.buffer(), 0, termAtt.length());
    return true;
  }
}
