package org.sujets.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void composesToNfc() {
    String decomposed = "E\u0301lyse\u0301e"; // É and é as base letter + combining acute
    assertEquals("\u00C9lys\u00E9e", TextNormalizer.normalize(decomposed));
  }

  @Test
  void turnsNoBreakSpacesIntoSpaces() {
    assertEquals(
        "Russie : « la priorité » 1 000",
        TextNormalizer.normalize("Russie\u00A0: «\u202Fla priorité\u202F» 1\u2007000"));
  }

  @Test
  void stripsLeadingBomOnly() {
    assertEquals("titre\uFEFFx", TextNormalizer.normalize("\uFEFFtitre\uFEFFx"));
  }

  @Test
  void keepsNormalTextAsIs() {
    String text = "Déjà normalisé.\nDeux lignes.";
    assertSame(text, TextNormalizer.normalize(text));
  }

  @Test
  void nullAndEmpty() {
    assertNull(TextNormalizer.normalize(null));
    assertEquals("", TextNormalizer.normalizeOrEmpty(null));
    assertEquals("", TextNormalizer.normalize(""));
    assertEquals("", TextNormalizer.normalize("\uFEFF"));
  }

  @Test
  void dropsControlCharactersButKeepsLineBreaksAndTabs() {
    assertEquals("Titre [31mrouge\tfin\r\nsuite",
        TextNormalizer.normalize("Ti\u0000tre \u001B[31mrouge\u0007\tfin\u007F\u0085\r\nsuite"));
  }
}
