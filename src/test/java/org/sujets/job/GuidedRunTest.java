package org.sujets.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujets.LocalSpark;
import org.sujets.config.AnalysisConfig;
import org.sujets.config.CleanupConfig;
import org.sujets.config.ColumnMapping;
import org.sujets.config.GivenLabels;
import org.sujets.config.InputConfig;
import org.sujets.config.InputFormat;
import org.sujets.config.JobConfig;
import org.sujets.config.LdaConfig;
import org.sujets.config.LdaOptimizer;
import org.sujets.config.OutputConfig;
import org.sujets.config.QualityConfig;
import org.sujets.config.SeedWords;
import org.sujets.config.TopicSweep;
import org.sujets.config.VocabularyConfig;
import org.sujets.topics.TopicLabels;

/**
 * Guided topics end to end on 24 real OrangeSum articles of two sections (auto, politique): 3
 * topics, 2 of them seeded with words as people type them (capitals, plurals, elisions, one word
 * the articles never use), then infer with the saved model.
 */
class GuidedRunTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> NAMES = List.of("Voitures", "Vie politique");
  private static Path seeds;
  private static Path fitted;
  private static Path inferred;
  private static final List<String> warnings = new ArrayList<>();

  @BeforeAll
  static void fitThenInfer(@TempDir Path dir) throws Exception {
    seeds = Files.writeString(dir.resolve("seeds.txt"),
        "# two guided topics\nVoitures: Modèles, vente turbo zorglub\nVie politique: ministre de l'Assemblée, maires, Nous\n");
    fitted = dir.resolve("run");
    new TopicJob(LocalSpark.session(), collecting()).run(config(fitted, Files.readString(seeds)));
    inferred = dir.resolve("new");
    new InferJob(LocalSpark.session(), JobProgress.silent())
        .run(fitted.resolve("model").toString(), input("new.jsonl"), OutputConfig.defaults(inferred.toString(), false));
  }

  private static JobConfig config(Path out, String seedWords) throws URISyntaxException {
    // --min-df 2, as InferJobTest: the two subjects rather than single-article words.
    return new JobConfig(input("train.jsonl"), AnalysisConfig.defaults(), new VocabularyConfig(null, 2.0, null),
        new LdaConfig(3, null, LdaOptimizer.ONLINE, 42L, null, null, null, null, null, null),
        OutputConfig.defaults(out.toString(), false), QualityConfig.defaults(), CleanupConfig.defaults(),
        TopicSweep.none(), GivenLabels.none(),
        SeedWords.parse(seeds.toString(), seedWords, SeedWords.DEFAULT_WEIGHT));
  }

  private static JobProgress collecting() {
    return new JobProgress() {
      @Override
      public void stageStarted(String stage) {}

      @Override
      public void stageFinished(String stage, double seconds, String summary) {}

      @Override
      public void ldaIteration(int iteration, int total) {}

      @Override
      public void warning(String message) {
        warnings.add(message);
      }
    };
  }

  private static InputConfig input(String name) throws URISyntaxException {
    Path file = Path.of(GuidedRunTest.class.getResource("/two-subjects/" + name).toURI());
    return new InputConfig(List.of(file.toString()), InputFormat.AUTO, ColumnMapping.defaults());
  }

  private static List<String> words(JsonNode list) {
    List<String> words = new ArrayList<>();
    list.forEach(w -> words.add(w.isTextual() ? w.asText() : w.get("word").asText()));
    return words;
  }

  @Test
  void guidedTopicsComeFirstNamedWithTheirSeedWordsInTheirTopWords() throws IOException {
    JsonNode topics = JSON.readTree(fitted.resolve("topics.json").toFile()).get("topics");
    JsonNode guided = JSON.readTree(fitted.resolve("run.json").toFile()).get("parameters").get("seedWords");
    assertEquals(seeds.toString(), guided.get("file").asText());
    assertEquals(SeedWords.DEFAULT_WEIGHT, guided.get("weight").asDouble());
    for (int i = 0; i < NAMES.size(); i++) {
      JsonNode topic = topics.get(i);
      assertEquals(NAMES.get(i), topic.get("label").asText());
      assertEquals(TopicLabels.GIVEN, topic.get("labelSource").asText());
      assertEquals(NAMES.get(i), guided.get("topics").get(i).get("name").asText());
      List<String> seedWords = words(guided.get("topics").get(i).get("words"));
      assertEquals(3, seedWords.size(), "each typed word found once, as the analysis makes it: " + seedWords);
      List<String> top = words(topic.get("words"));
      assertTrue(top.containsAll(seedWords), NAMES.get(i) + ": seeds " + seedWords + ", top words " + top);
    }
    assertEquals(TopicLabels.WORDS, topics.get(2).get("labelSource").asText(), "the third topic is free");
  }

  @Test
  void aSeedWordOutsideTheVocabularyIsNamedAndLeftOut() throws IOException {
    JsonNode guided = JSON.readTree(fitted.resolve("run.json").toFile()).get("parameters").get("seedWords");
    assertEquals(List.of("zorglub"), words(guided.get("topics").get(0).get("notInVocabulary")));
    assertEquals(List.of("Nous"), words(guided.get("topics").get(1).get("notInVocabulary")),
        "a stop word alone; \"de\" inside a group is analysed away as in any article");
    assertEquals(List.of("seed words not in the vocabulary, left out: Voitures: zorglub; Vie politique: Nous"),
        warnings);
  }

  @Test
  void theNamesReachEveryOutputTheModelAndInfer() throws IOException {
    for (String file : List.of("report.html", "report.ipynb", "charts/topic-prevalence.svg", "charts/topic-words.svg",
        "charts/topic-map.svg")) {
      for (String name : NAMES) {
        assertTrue(Files.readString(fitted.resolve(file)).contains(name), file + " names " + name);
      }
    }
    JsonNode model = JSON.readTree(fitted.resolve("model/model.json").toFile());
    assertEquals("{\"1\":\"Voitures\",\"2\":\"Vie politique\"}", model.get("givenLabels").toString());
    JsonNode scored = JSON.readTree(inferred.resolve("topics.json").toFile()).get("topics");
    for (int i = 0; i < NAMES.size(); i++) {
      assertEquals(NAMES.get(i), scored.get(i).get("label").asText());
      assertEquals(TopicLabels.GIVEN, scored.get(i).get("labelSource").asText());
    }
  }

  @Test
  void aGuidedTopicWithoutAnyWordOfTheVocabularyStopsTheRunBeforeLda(@TempDir Path dir) {
    Path out = dir.resolve("out");
    SeedWordsNotInVocabulary e = assertThrows(SeedWordsNotInVocabulary.class,
        () -> new TopicJob(LocalSpark.session(), JobProgress.silent())
            .run(config(out, "Voitures: modèles\n\nEspace: fusée, Astronautes\n")));
    assertEquals(seeds + ", line 3: none of the seed words of 'Espace' is in the vocabulary (fusée, Astronautes);"
        + " give words the articles use", e.getMessage());
    assertFalse(Files.exists(out));
  }
}
