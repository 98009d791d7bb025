package org.sujets.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FirstLineTest {
  @Test
  void firstNonBlankLineTrimmed() {
    assertEquals("Titre", FirstLine.of("\n  \r\n  Titre  \nCorps"));
    assertEquals("Titre", FirstLine.of("Titre\rCorps"));
    assertEquals("Seule ligne", FirstLine.of("Seule ligne"));
  }

  @Test
  void noneWhenBlank() {
    assertNull(FirstLine.of(""));
    assertNull(FirstLine.of(" \n\t\r\n"));
    assertNull(FirstLine.of(null));
  }
}
