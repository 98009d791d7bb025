package org.sujets.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text file: as UTF-16 when they start with a UTF-16 byte-order mark (what
 * Windows "Unicode" exports write), strictly as UTF-8 when they are valid UTF-8, otherwise as
 * windows-1252 (the usual charset of older French exports; a superset of ISO-8859-1 for printable
 * characters). windows-1252 never fails: its five undefined bytes decode to U+FFFD.
 *
 * <p>Bytes with a NUL (0x00) and no UTF-16 mark are not text (an image, a PDF, a Word file, or
 * UTF-16 without a mark): {@link #isBinary} tells, and readers reject such files.
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

  /** True when the bytes hold a NUL byte and do not start with a UTF-16 byte-order mark. */
  public static boolean isBinary(byte[] bytes) {
    if (utf16(bytes) != null) {
      return false;
    }
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  public static Decoded decode(byte[] bytes) {
    Charset utf16 = utf16(bytes);
    if (utf16 != null) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, utf16), utf16.name());
    }
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

  /** UTF-16LE or UTF-16BE when the bytes start with that byte-order mark, else null. */
  private static Charset utf16(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }
}
