package org.sujets.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The peer benchmark's scorer on four hand-made articles, N = 4, NPMI by hand:
 *
 * <pre>
 * A1  Emmanuel Macron a parlé aux présidents.
 * A2  Le président Macron voyage.
 * A3  Macron et Emmanuel sous la pluie.
 * A4  La présidente sous la pluie.
 *
 * exact: "emmanuel macron" {A1, A3} (all its words, not side by side in A3), "président" {A2},
 *        "présidente" {A4}, "pluie" {A3, A4}
 * stems (Snowball: présidents, présidente → président; pluie → plui):
 *        "emmanuel macron" {A1, A3}, "président" = "présidente" {A1, A2, A4}, "pluie" {A3, A4}
 *
 * pair never together: −1
 * df 2, 2, together 1:  log((1/4) / (2/4 · 2/4)) / −log(1/4) = log 1 / log 4 = 0
 * df 2, 3, together 1:  log((1/4) / (2/4 · 3/4)) / log 4 = log(2/3) / log 4 = −0.292481
 * df 1, 2, together 1:  log((1/4) / (1/4 · 2/4)) / log 4 = log 2 / log 4 = 0.5
 *
 * topic [emmanuel macron, président, pluie]
 *   exact: (−1 + 0 − 1) / 3 = −0.666667
 *   stems: (−0.292481 + 0 − 0.292481) / 3 = −0.194988
 * topic [président, présidente, pluie]
 *   exact: président–présidente −1, président–pluie −1, présidente–pluie 0.5: −0.5
 *   stems: président–présidente left out (one stem); −0.292481 twice: −0.292481
 * </pre>
 */
class RawNpmiTest {
  private static final List<String> ARTICLES = List.of(
      "Emmanuel Macron a parlé aux présidents.",
      "Le président Macron voyage.",
      "Macron et Emmanuel sous la pluie.",
      "La présidente sous la pluie.");
  private static final List<String> PEOPLE = List.of("emmanuel macron", "président", "pluie");
  private static final List<String> FORMS = List.of("président", "présidente", "pluie");

  private static RawNpmi counted(RawNpmi.Matching matching) {
    RawNpmi npmi = new RawNpmi(matching, Stream.concat(PEOPLE.stream(), FORMS.stream()).toList());
    ARTICLES.forEach(npmi::add);
    return npmi;
  }

  @Test
  void exactMatchingCountsAPhraseWhereAllItsWordsAre() {
    RawNpmi exact = counted(RawNpmi.Matching.EXACT);
    assertEquals(4, exact.articles());
    assertEquals(-2.0 / 3, exact.topic(PEOPLE), 1e-6);
    assertEquals(-0.5, exact.topic(FORMS), 1e-6);
    assertEquals((-2.0 / 3 - 0.5) / 2, exact.mean(List.of(PEOPLE, FORMS)), 1e-6);
  }

  @Test
  void stemMatchingFindsInflectionsAndLeavesOutPairsOfOneStem() {
    RawNpmi stems = counted(RawNpmi.Matching.STEMS);
    double dfTwoAndThree = Math.log(2.0 / 3) / Math.log(4);
    assertEquals(2 * dfTwoAndThree / 3, stems.topic(PEOPLE), 1e-6);
    assertEquals(-0.194988, stems.topic(PEOPLE), 1e-6);
    assertEquals(dfTwoAndThree, stems.topic(FORMS), 1e-6);
  }

  @Test
  void wordsAreLowercaseRunsOfLettersAndDigits() {
    assertEquals(List.of("kim", "jong", "un", "à", "l", "élysée", "le", "1er", "mai"),
        RawWords.of("Kim Jong-un à l’Élysée, le 1er mai"));
  }

  @Test
  void sectionNmiCountsOnlyTheAssignedArticlesFoundInTheCorpus() {
    Map<String, String> sections = Map.of("1", "monde", "2", "monde", "3", "sport", "4", "sport", "5", "sport");
    // 5 is not assigned (dropped as a duplicate), 9 is not in the corpus: topics match sections.
    assertEquals(1.0, PeerScores.sectionNmi(Map.of("1", "a", "2", "a", "3", "b", "4", "b", "9", "a"), sections), 1e-9);
    assertEquals(0.0, PeerScores.sectionNmi(Map.of("1", "a", "2", "b", "3", "a", "4", "b"), sections), 1e-9);
  }
}
