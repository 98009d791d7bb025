package org.sujets.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  @Test
  void validUtf8IsDecodedAsUtf8() {
    TextDecoder.Decoded d = TextDecoder.decode("Élysée café – “ok”".getBytes(StandardCharsets.UTF_8));
    assertEquals("Élysée café – “ok”", d.text());
    assertNull(d.fallbackCharset());
  }

  @Test
  void invalidUtf8FallsBackToWindows1252() {
    byte[] bytes = "Élysée café – “ok” €".getBytes(Charset.forName("windows-1252"));
    TextDecoder.Decoded d = TextDecoder.decode(bytes);
    assertEquals("Élysée café – “ok” €", d.text());
    assertEquals("windows-1252", d.fallbackCharset());
  }

  @Test
  void emptyIsUtf8() {
    TextDecoder.Decoded d = TextDecoder.decode(new byte[0]);
    assertEquals("", d.text());
    assertNull(d.fallbackCharset());
  }

  @Test
  void utf16WithByteOrderMarkIsDecoded() {
    String text = "Élysée café";
    byte[] le = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
    assertEquals(text, TextDecoder.decode(le).text());
    assertEquals("UTF-16LE", TextDecoder.decode(le).fallbackCharset());
    assertEquals(false, TextDecoder.isBinary(le));
    byte[] be = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
    assertEquals(text, TextDecoder.decode(be).text());
  }

  @Test
  void nulBytesWithoutUtf16MarkAreBinary() {
    assertEquals(true, TextDecoder.isBinary(new byte[] {'P', 'K', 3, 4, 0, 0}));
    assertEquals(true, TextDecoder.isBinary("abc".getBytes(StandardCharsets.UTF_16LE)));
    assertEquals(false, TextDecoder.isBinary("abc é".getBytes(StandardCharsets.UTF_8)));
    assertEquals(false, TextDecoder.isBinary(new byte[0]));
  }
}
