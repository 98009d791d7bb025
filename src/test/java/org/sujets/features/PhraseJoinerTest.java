package org.sujets.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseJoinerTest {
  private static final PhraseJoiner JOINER =
      new PhraseJoiner(Set.of(), Set.copyOf(PhraseParams.DEFAULT_CONNECTORS), 3);

  /** Gap → its connector words ("" for none), NULL when it blocks the join. */
  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "'', ''",
      "-, ''",
      "du, du",
      "de la, de la",
      "de l', de l'",
      "de-la, de la",
      "',', NULL",
      "et, NULL",
      "de la de, NULL", // three connectors
      "' du ', du"})
  void connectorsOfAGap(String gap, String expected) {
    assertEquals(expected, JOINER.connectorsOf(gap));
  }

  /** The fast paths for empty and one-word gaps decide as the word split they skip. */
  @Test
  void sameAsSplittingEveryGap() {
    Pattern wordBreak = Pattern.compile("[\\s\\-]+");
    String[] pieces = {"", " ", "-", "\t", "de", "la", "l'", "du", ",", "et", "d'", "\u00A0"};
    Random random = new Random(3);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder gap = new StringBuilder();
      for (int i = random.nextInt(5); i > 0; i--) {
        gap.append(pieces[random.nextInt(pieces.length)]);
      }
      String g = gap.toString();
      StringBuilder words = new StringBuilder();
      int count = 0;
      boolean blocked = false;
      for (String word : wordBreak.split(g)) {
        if (word.isEmpty()) {
          continue;
        }
        if (!Set.copyOf(PhraseParams.DEFAULT_CONNECTORS).contains(word) || ++count > PhraseJoiner.MAX_CONNECTORS) {
          blocked = true;
          break;
        }
        words.append(words.length() == 0 ? "" : " ").append(word);
      }
      assertEquals(blocked ? null : words.toString(), JOINER.connectorsOf(g), "[" + g + "]");
    }
  }
}
