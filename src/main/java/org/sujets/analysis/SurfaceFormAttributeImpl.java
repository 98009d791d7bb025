package org.sujets.analysis;

import java.util.Arrays;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** Default implementation of {@link SurfaceFormAttribute}: a growable char buffer. */
public final class SurfaceFormAttributeImpl extends AttributeImpl implements SurfaceFormAttribute {

  private char[] buffer = new char[ArrayUtil.oversize(16, Character.BYTES)];
  private int length;

  /** Public no-arg constructor, required by Lucene's attribute factory. */
  public SurfaceFormAttributeImpl() {}

  @Override
  public void setSurface(char[] source, int offset, int count) {
    // Reuse the buffer across tokens: this runs once per token on the hot path.
    if (buffer.length < count) {
      buffer = new char[ArrayUtil.oversize(count, Character.BYTES)];
    }
    System.arraycopy(source, offset, buffer, 0, count);
    length = count;
  }

  @Override
  public char[] surfaceBuffer() {
    return buffer;
  }

  @Override
  public int surfaceLength() {
    return length;
  }

  @Override
  public String surface() {
    return new String(buffer, 0, length);
  }

  @Override
  public void clear() {
    length = 0;
  }

  @Override
  public void copyTo(AttributeImpl target) {
    ((SurfaceFormAttribute) target).setSurface(buffer, 0, length);
  }

  @Override
  public void reflectWith(AttributeReflector reflector) {
    reflector.reflect(SurfaceFormAttribute.class, "surface", surface());
  }

  @Override
  public SurfaceFormAttributeImpl clone() {
    SurfaceFormAttributeImpl copy = (SurfaceFormAttributeImpl) super.clone();
    // super.clone() shares the array; a captured state must not change with the next token.
    copy.buffer = Arrays.copyOf(buffer, length);
    return copy;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SurfaceFormAttributeImpl that
        && Arrays.equals(buffer, 0, length, that.buffer, 0, that.length);
  }

  @Override
  public int hashCode() {
    int hash = 1;
    for (int i = 0; i < length; i++) {
      hash = 31 * hash + buffer[i];
    }
    return hash;
  }
}
