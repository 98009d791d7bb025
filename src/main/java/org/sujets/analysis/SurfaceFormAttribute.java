package org.sujets.analysis;

import org.apache.lucene.util.Attribute;

/**
 * The readable form of a token as it was before stemming: lowercase, accents kept, article
 * removed ({@code l'État} gives {@code état}). Lets a report show {@code coréen} for the term
 * {@code coreen}. Set by {@link SurfaceFormFilter}.
 */
public interface SurfaceFormAttribute extends Attribute {

  /** Copies {@code length} chars of {@code buffer} from {@code offset} as the surface form. */
  void setSurface(char[] buffer, int offset, int length);

  /** The internal buffer; only its first {@link #surfaceLength()} chars are valid. */
  char[] surfaceBuffer();

  /** Number of valid chars in {@link #surfaceBuffer()}. */
  int surfaceLength();

  /** The surface form as a new string. */
  String surface();
}
