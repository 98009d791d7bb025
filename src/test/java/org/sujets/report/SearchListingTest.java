package org.sujets.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sujets.topics.SearchResult;

/** The terminal listing of a search: one line per article whatever the titles hold. */
class SearchListingTest {
  private static SearchResult result(String date, String title) {
    SearchResult.Topic topic = new SearchResult.Topic(4, "réforme · retraites · grève", 0.623,
        List.of("réforme", "retraites", "grève"), List.of(new SearchResult.Match("retraites", 0.0123, 2)),
        List.of(new SearchResult.Article("a1", date, title, 0.8123)));
    return new SearchResult("Retraites  ", List.of("retraites"), List.of("zorglub"), List.of(topic));
  }

  @Test
  void aTopicShowsItsScoreTheQuerysPlaceItsWordsAndItsDatedArticles() {
    assertEquals("""
        "Retraites" → retraites  (not in the vocabulary, ignored: zorglub)

        1. topic 4 · réforme · retraites · grève   62.3 %
           retraites: word 2 of the topic (1.23 % of its words)
           words: réforme, retraites, grève
           0.81  2020-01-12  a1  La grève continue
        """, SearchListing.text(result("2020-01-12", "La grève continue")));
  }

  @Test
  void withoutDatesTheColumnIsLeftOut() {
    assertTrue(SearchListing.text(result("", "Titre")).contains("\n   0.81  a1  Titre\n"));
  }

  @Test
  void aTitleStaysOnOneLineAndIsCut() {
    String text = SearchListing.text(result("", "Une ligne\nune autre\u001b[31m" + "x".repeat(200)));
    String line = text.lines().filter(l -> l.contains("a1")).findFirst().orElseThrow();
    assertTrue(line.contains("Une ligne une autre [31m"), line);
    assertTrue(line.endsWith("…"), line);
    assertEquals(6, text.lines().count(), text);
    assertTrue(line.length() < 20 + SearchListing.TITLE_CHARS, line);
  }

  @Test
  void nothingKnownNamesTheUnknownWordsOrTheStopWords() {
    assertEquals("\"zorglub\": not in the model's vocabulary: zorglub",
        SearchListing.nothingKnown(new SearchResult("zorglub", List.of(), List.of("zorglub"), List.of())));
    assertEquals("\"le la\" has no word left to search once stop words are removed",
        SearchListing.nothingKnown(new SearchResult("le la", List.of(), List.of(), List.of())));
  }
}
