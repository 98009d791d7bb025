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

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource({
    "vostochny, vostotchny, true",
    "abdallah, abdullah, true",
    "lituanie, lithuanie, true",
    "abandonnait, abandonnant, false", // a verb ending
    "abattant, abattent, false",
    "abaisser, abaissera, false",       // a suffix
    "abattre, battre, false",           // a prefix
    "abusant, amusant, false",          // second letter
  })
  void onlyEditsInsideTheWordCount(String a, String b, boolean expected) {
    assertEquals(expected, SpellingVariants.interiorEdit(a, b));
    assertEquals(expected, SpellingVariants.interiorEdit(b, a));
  }

  @Test
  void candidatesSkipShortWordsAndPhrasesAndReportEachPairOnce() {
    String[] words = {"vostochny", "kim jong", "kim jongs", "vostotchny", "rue", "roue", "poutine", "vostochni"};
    assertEquals(
        List.of(new SpellingVariants.Pair(0, 3)), // vostochni: the edit is at the end
        SpellingVariants.candidates(words, 6));
  }
}
