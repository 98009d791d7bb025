package org.sujets.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujets.LocalSpark;
import org.sujets.topics.SearchResult;

/**
 * {@code sujets search} end to end: a 2-topic run on 12 auto and 12 politique articles, then
 * searches for a word of each subject, inflected forms, phrases and unknown words.
 */
class SearchJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** id → section and id → date of the training articles. */
  private static final Map<String, String> SECTION = new HashMap<>();
  private static final Map<String, String> DATE = new HashMap<>();
  private static Path run;

  @BeforeAll
  static void fit() throws IOException {
    run = TwoSubjectsRun.output();
    for (String line : Files.readAllLines(TwoSubjectsRun.train())) {
      JsonNode article = JSON.readTree(line);
      SECTION.put(article.get("id").asText(), article.get("section").asText());
      DATE.put(article.get("id").asText(), article.get("date").asText());
    }
  }

  private static SearchResult search(String query) {
    return new SearchJob(LocalSpark.session()).search(run.resolve("model").toString(), null, query, 5);
  }

  /** The section of every representative article of the best topic, which must be one section. */
  private static String sectionOfBest(SearchResult result) {
    List<String> sections = result.topics().get(0).articles().stream().map(a -> SECTION.get(a.id())).distinct().toList();
    assertEquals(1, sections.size(), "the best topic mixes sections: " + result.topics().get(0));
    return sections.get(0);
  }

  @Test
  void aWordOfEachSubjectLeadsToItsTopicWithItsArticlesDated() {
    SearchResult cars = search("ferrari");
    SearchResult politics = search("ministre");
    assertEquals("auto", sectionOfBest(cars));
    assertEquals("politique", sectionOfBest(politics));
    assertNotEquals(cars.topics().get(0).id(), politics.topics().get(0).id());
    for (SearchResult result : List.of(cars, politics)) {
      SearchResult.Topic best = result.topics().get(0);
      assertEquals(2, result.topics().size());
      assertTrue(best.score() > 0.9, best.toString());
      assertEquals(1.0, best.score() + result.topics().get(1).score(), 1e-9);
      assertEquals(5, best.articles().size());
      for (SearchResult.Article article : best.articles()) {
        assertEquals(DATE.get(article.id()), article.date(), article.id());
        assertFalse(article.title().isBlank());
      }
      assertTrue(best.matches().get(0).rank() <= 15, best.matches().toString());
    }
  }

  @Test
  void theTopicsLabelsAndWordsAreTheRunsOnes() throws IOException {
    JsonNode topics = JSON.readTree(run.resolve("topics.json").toFile()).get("topics");
    for (SearchResult.Topic topic : search("ferrari").topics()) {
      JsonNode written = topics.get(topic.id() - 1);
      assertEquals(written.get("label").asText(), topic.label());
      for (int i = 0; i < topic.words().size(); i++) {
        assertEquals(written.get("words").get(i).get("word").asText(), topic.words().get(i));
      }
      assertEquals(written.get("articles").get(0).get("id").asText(), topic.articles().get(0).id());
    }
  }

  @Test
  void anInflectedFormFindsItsStem() {
    SearchResult plural = search("Ventes");
    assertEquals(List.of("vente"), plural.terms());
    assertEquals(search("vente").topics(), plural.topics());
    assertEquals("auto", sectionOfBest(plural));
    assertEquals(List.of("ministre"), search("ministres").terms());
  }

  @Test
  void aLearnedPhraseIsOneTermAndOtherWordsAreSearchedTogether() {
    SearchResult phrase = search("Nicolas Sarkozy");
    assertEquals(List.of("nicolas sarkozy"), phrase.terms());
    assertEquals("politique", sectionOfBest(phrase));
    // not a phrase: two terms, stop word dropped, both must be held by the topic found
    SearchResult words = search("la vente des ministres");
    assertEquals(List.of("vente", "ministre"), words.terms());
    assertEquals(2, words.topics().get(0).matches().size());
  }

  @Test
  void aLearnedPhraseOutsideTheVocabularyFallsBackToItsWords() {
    // the run learned "maire de paris" and "ferrari f8 tributo" as phrases, but each is in one
    // article only, below --min-df 2: their words are searched instead
    assertEquals(List.of("maire", "paris"), search("Maire de Paris").terms());
    SearchResult ferrari = search("Ferrari F8 Tributo");
    assertEquals(List.of("ferrari"), ferrari.terms());
    assertEquals(List.of("f8", "tributo"), ferrari.unknown());
    assertEquals("auto", sectionOfBest(ferrari));
  }

  @Test
  void unknownWordsAreNamedAndIgnored() {
    SearchResult unknown = search("zorglub");
    assertTrue(unknown.nothingKnown());
    assertEquals(List.of("zorglub"), unknown.unknown());
    assertTrue(unknown.topics().isEmpty());
    SearchResult mixed = search("ferrari zorglub");
    assertEquals(List.of("ferrari"), mixed.terms());
    assertEquals(List.of("zorglub"), mixed.unknown());
    assertEquals(search("ferrari").topics(), mixed.topics());
    SearchResult stopWords = search("le la des");
    assertTrue(stopWords.nothingKnown());
    assertTrue(stopWords.unknown().isEmpty());
  }

  @Test
  void topLimitsTheTopicsListed() {
    assertEquals(1, new SearchJob(LocalSpark.session()).search(run.resolve("model").toString(), null, "ferrari", 1)
        .topics().size());
  }

  @Test
  void aRunFolderThatIsNotTheModelsIsRefused(@TempDir Path dir) throws IOException {
    SearchJob job = new SearchJob(LocalSpark.session());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> job.search(run.resolve("model").toString(), dir.toString(), "ferrari", 5));
    assertTrue(none.getMessage().contains("no topics.json in"), none.getMessage());
    Files.writeString(dir.resolve("topics.json"), "{\"topics\": [{\"prevalence\": 1, \"articles\": []}]}");
    IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
        () -> job.search(run.resolve("model").toString(), dir.toString(), "ferrari", 5));
    assertTrue(other.getMessage().contains("holds 1 topics, the model 2"), other.getMessage());
  }
}
