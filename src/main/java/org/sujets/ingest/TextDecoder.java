package org.sujets.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text file: strictly as UTF-8 when they are valid UTF-8, otherwise as
 * windows-1252 (the usual charset of older French exports; a superset of ISO-8859-1 for printable
 * characters). windows-1252 never fails: its five undefined bytes decode to U+FFFD.
 */
public final class TextDecoder {
  /** Name reported in {@link Columns#FALLBACK_CHARSET} when the fallback was used. */
  public static final String FALLBACK = "windows-1252";

  private static final Charset WINDOWS_1252 = Charset.forName(FALLBACK);

  /**
   * A decoded file.
   *
   * @param text the characters (BOM not stripped: see {@link TextNormalizer})
   * @param fallbackCharset {@link #FALLBACK} when the bytes were not valid UTF-8, else null
   */
  public record Decoded(String text, String fallbackCharset) {}

  private TextDecoder() {}

  public static Decoded decode(byte[] bytes) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return new Decoded(text, null);
    } catch (CharacterCodingException e) {
      return new Decoded(new String(bytes, WINDOWS_1252), FALLBACK);
    }
  }
}
