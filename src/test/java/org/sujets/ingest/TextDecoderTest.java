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
}
