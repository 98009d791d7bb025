package org.sujets.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SpellingVariantsTest {
  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource({
    "vostochny, vostotchny, true",   // insertion
    "lituanie, lithuanie, true",
    "tchétchénie, tchétchenie, true", // replacement
    "clinton, clniton, true",         // swap
    "poutine, poutine, false",        // same word
    "vostochny, vostotchnyi, false",  // two edits
    "macron, micron, true",
    "paris, pariss, true",
    "abc, abcde, false",
  })
  void oneEdit(String a, String b, boolean expected) {
    assertEquals(expected, SpellingVariants.withinOneEdit(a, b));
    assertEquals(expected, SpellingVariants.withinOneEdit(b, a));
  }

  @Test
  void candidatesSkipShortWordsAndPhrasesAndReportEachPairOnce() {
    String[] words = {"vostochny", "kim jong", "kim jongs", "vostotchny", "rue", "roue", "poutine", "vostochni"};
    assertEquals(
        List.of(new SpellingVariants.Pair(0, 3), new SpellingVariants.Pair(0, 7)),
        SpellingVariants.candidates(words, 6));
  }
}
