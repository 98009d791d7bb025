package org.sujets.job;

import org.sujets.storage.Folder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujets.LocalSpark;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.sujets.cli.Main;
import org.sujets.config.AnalysisConfig;
import org.sujets.config.CleanupConfig;
import org.sujets.config.GivenLabels;
import org.sujets.config.QualityConfig;
import org.sujets.config.TopicSweep;
import org.sujets.topics.TopicLabels;
import org.sujets.config.ColumnMapping;
import org.sujets.config.InputConfig;
import org.sujets.config.InputFormat;
import org.sujets.config.JobConfig;
import org.sujets.config.LdaConfig;
import org.sujets.config.LdaOptimizer;
import org.sujets.config.OutputConfig;
import org.sujets.config.VocabularyConfig;
import org.sujets.model.TopicModelBundle;

/**
 * Fit once, infer later: a 2-topic run on 24 real articles of two OrangeSum sections (auto,
 * politique; one per month of 2019), then {@link InferJob} on the same articles and on two
 * articles of January 2020 it never saw.
 */
class InferJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Path train;
  private static Path fitted;
  private static Path inferredTrain;
  private static Path inferredNew;
  private static Path labelsFile;
  private static Path relabelledModel;
  private static Path inferredRelabelled;
  private static StringWriter labelCommand;
  private static int labelExit;

  @BeforeAll
  static void fitThenInfer(@TempDir Path dir) throws Exception {
    train = fixture("train.jsonl");
    labelsFile = Files.writeString(dir.resolve("labels.txt"), "# named by hand\n2: Deuxième sujet\n");
    fitted = dir.resolve("run");
    new TopicJob(LocalSpark.session(), JobProgress.silent()).run(new JobConfig(
        // --min-df 2: with the default for tiny corpora (1) most of the vocabulary is words of a
        // single article, and 2 topics split on that noise rather than on the subjects.
        input(train), AnalysisConfig.defaults(), new VocabularyConfig(null, 2.0, null),
        new LdaConfig(2, null, LdaOptimizer.ONLINE, 42L, null, null, null, null, null, null),
        OutputConfig.defaults(fitted.toString(), false), QualityConfig.defaults(), CleanupConfig.defaults(),
        TopicSweep.none(), GivenLabels.parse(labelsFile.toString(), Files.readString(labelsFile))));
    InferJob infer = new InferJob(LocalSpark.session(), JobProgress.silent());
    inferredTrain = dir.resolve("again");
    infer.run(fitted.resolve("model").toString(), input(train), OutputConfig.defaults(inferredTrain.toString(), false));
    inferredNew = dir.resolve("new");
    infer.run(fitted.resolve("model").toString(), input(fixture("new.jsonl")), OutputConfig.defaults(inferredNew.toString(), false));
    // sujets label on a copy of the model (no Spark), then infer with the renamed model.
    relabelledModel = dir.resolve("relabelled-model");
    copy(fitted.resolve("model"), relabelledModel);
    labelCommand = new StringWriter();
    labelExit = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(labelCommand, true), "label",
        "--model", relabelledModel.toString(), "1=Premier sujet", "2=");
    inferredRelabelled = dir.resolve("relabelled");
    infer.run(relabelledModel.toString(), input(fixture("new.jsonl")),
        OutputConfig.defaults(inferredRelabelled.toString(), false));
  }

  private static void copy(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(InferJobTest.class.getResource("/two-subjects/" + name).toURI());
  }

  private static InputConfig input(Path file) {
    return new InputConfig(List.of(file.toString()), InputFormat.AUTO, ColumnMapping.defaults());
  }

  /** articles.csv as id → row, read with Spark's CSV reader (titles hold commas and quotes). */
  static Map<String, Row> articles(Path out) {
    Map<String, Row> byId = new HashMap<>();
    for (Row row : LocalSpark.session().read().option("header", "true").option("escape", "\"")
        .csv(out.resolve("articles.csv").toString()).collectAsList()) {
      byId.put(row.getAs("id"), row);
    }
    return byId;
  }

  static double share(Row row, int topic) {
    return Double.parseDouble(row.getAs("topic_" + topic));
  }

  @Test
  void inferringTheTrainingArticlesReproducesTheirTrainingShares() {
    Map<String, Row> training = articles(fitted);
    Map<String, Row> again = articles(inferredTrain);
    assertEquals(24, training.size());
    assertEquals(training.keySet(), again.keySet());
    // The run's shares come from TopicDistributions, infer's from Spark's LDA transform: both run
    // the same variational inference per article, starting from a Gamma draw seeded with the
    // model's seed (the same for every article) and iterating to a fixed convergence threshold,
    // and agree to 1e-7 (TopicDistributionsTest); with the same term counts (the saved analysis
    // stages), topics matrix and priors they compute the same numbers. The slack is articles.csv's
    // 4-decimal rounding, so the bound is one unit in the last printed decimal.
    double tolerance = 1e-4;
    for (var e : training.entrySet()) {
      Row after = again.get(e.getKey());
      for (int topic = 1; topic <= 2; topic++) {
        assertEquals(share(e.getValue(), topic), share(after, topic), tolerance, e.getKey() + " topic " + topic);
      }
      assertEquals((String) e.getValue().getAs("dominant_topic"), after.getAs("dominant_topic"));
      assertEquals((String) e.getValue().getAs("keywords"), after.getAs("keywords"));
    }
  }

  @Test
  void aNewArticleGetsTheTopicOfItsSubject() {
    Map<String, Integer> topicOfSection = new HashMap<>();
    for (String section : List.of("auto", "politique")) {
      Map<String, Integer> votes = new HashMap<>();
      articles(fitted).values().stream().filter(r -> section.equals(r.getAs("section")))
          .forEach(r -> votes.merge(r.getAs("dominant_topic"), 1, Integer::sum));
      var majority = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
      assertTrue(majority.getValue() >= 10, "the fit should separate the two subjects: " + section + " " + votes);
      topicOfSection.put(section, Integer.valueOf(majority.getKey()));
    }
    assertNotEquals(topicOfSection.get("auto"), topicOfSection.get("politique"));
    Map<String, Row> scored = articles(inferredNew);
    assertEquals(2, scored.size());
    for (Row row : scored.values()) {
      int expected = topicOfSection.get(row.<String>getAs("section"));
      assertEquals(expected, Integer.parseInt(row.getAs("dominant_topic")), row.getAs("title").toString());
      assertTrue(share(row, expected) > 0.6, row.getAs("title") + ": share " + share(row, expected));
    }
  }

  @Test
  void inferKeepsTheModelsTopicsAndRecordsTheModel() throws IOException {
    JsonNode trained = JSON.readTree(fitted.resolve("topics.json").toFile()).get("topics");
    JsonNode scored = JSON.readTree(inferredNew.resolve("topics.json").toFile()).get("topics");
    assertEquals(trained.size(), scored.size());
    for (int i = 0; i < trained.size(); i++) {
      assertEquals(trained.get(i).get("label"), scored.get(i).get("label"), "same ids, same topics");
      assertEquals(trained.get(i).get("words"), scored.get(i).get("words"));
      assertTrue(scored.get(i).has("emerging"));
    }
    // Prevalence is over the two new articles: one per subject, so both topics are present.
    assertTrue(scored.get(0).get("prevalence").asDouble() > 0.2 && scored.get(1).get("prevalence").asDouble() > 0.2);
    // The run cleaned and joined phrases (the defaults): the model must do the same to new text.
    TopicModelBundle model = TopicModelBundle.load(Folder.local(fitted.resolve("model")));
    assertEquals(Boolean.TRUE, model.manifest().analyzer().get("boilerplate"));
    assertTrue(java.util.Arrays.stream(model.pipeline().stages())
        .anyMatch(org.sujets.features.BoilerplateModel.class::isInstance));
    assertTrue(java.util.Arrays.stream(model.pipeline().stages())
        .anyMatch(org.sujets.features.PhraseModel.class::isInstance));
    JsonNode run = JSON.readTree(inferredNew.resolve("run.json").toFile()).get("parameters");
    assertEquals("infer", run.get("command").asText());
    assertEquals(TopicModelBundle.FORMAT_VERSION, run.get("modelFormatVersion").asInt());
    assertEquals("file:" + fitted.resolve("model").toAbsolutePath().normalize(), run.get("model").asText());
    assertTrue(Files.isRegularFile(inferredNew.resolve("keywords.json")));
  }

  @Test
  void runWritesTopicTablesByMonthSourceAndSection() throws IOException {
    List<String> months = Files.readAllLines(fitted.resolve(TopicTables.BY_MONTH));
    assertEquals("month,articles,topic_1,topic_2", months.get(0));
    assertEquals(13, months.size(), "12 months of 2019: " + months);
    assertTrue(months.get(1).startsWith("2019-01,2,"), months.get(1));
    for (String line : months.subList(1, months.size())) {
      String[] f = line.split(",");
      assertEquals(1.0, Double.parseDouble(f[2]) + Double.parseDouble(f[3]), 2e-4, line);
    }
    List<String> sections = Files.readAllLines(fitted.resolve(TopicTables.BY_SECTION));
    assertEquals("section,articles,topic_1,topic_2", sections.get(0));
    assertEquals(List.of("auto,12", "politique,12"),
        sections.subList(1, 3).stream().map(l -> l.substring(0, l.indexOf(',', l.indexOf(',') + 1))).sorted().toList());
    List<String> sources = Files.readAllLines(fitted.resolve(TopicTables.BY_SOURCE));
    // The auto articles have no source: only the 12 politique ones are counted.
    assertEquals("source,articles,topic_1,topic_2", sources.get(0));
    assertEquals(12, sources.subList(1, sources.size()).stream().mapToInt(l -> Integer.parseInt(l.split(",")[1])).sum());
  }

  @Test
  void aModelWithAnotherFormatVersionIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws IOException {
    Path model = dir.resolve("model");
    Files.createDirectories(model);
    String json = Files.readString(fitted.resolve("model").resolve(TopicModelBundle.MANIFEST));
    Files.writeString(model.resolve(TopicModelBundle.MANIFEST), json.replace("\"formatVersion\" : 2", "\"formatVersion\" : 3"));
    Path out = dir.resolve("out");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new InferJob(LocalSpark.session(), JobProgress.silent()).run(model.toString(), input(train), OutputConfig.defaults(out.toString(), false)));
    assertTrue(e.getMessage().contains("format version 3, this Sujets reads versions 1 to 2"), e.getMessage());
    assertFalse(Files.exists(out));
  }

  @Test
  void givenLabelsNameTheTopicsInEveryOutputAndTheModel() throws IOException {
    JsonNode topics = JSON.readTree(fitted.resolve("topics.json").toFile()).get("topics");
    assertEquals("Deuxième sujet", topics.get(1).get("label").asText());
    assertEquals(TopicLabels.GIVEN, topics.get(1).get("labelSource").asText());
    JsonNode first = topics.get(0);
    assertEquals(TopicLabels.WORDS, first.get("labelSource").asText());
    List<String> relevant = new java.util.ArrayList<>();
    first.get("words").forEach(w -> relevant.add(w.get("word").asText()));
    assertEquals(String.join(" · ", relevant.subList(0, 3)), first.get("label").asText());

    for (String file : List.of("report.html", "report.ipynb", "charts/topic-prevalence.svg", "charts/topic-words.svg",
        "charts/topic-map.svg", "charts/topic-tree.svg", "charts/topics-by-month.svg")) {
      assertTrue(Files.readString(fitted.resolve(file)).contains("Deuxième sujet"), file + " names topic 2");
    }
    JsonNode parameters = JSON.readTree(fitted.resolve("run.json").toFile()).get("parameters");
    assertEquals(labelsFile.toString(), parameters.get("labels").asText());
    JsonNode model = JSON.readTree(fitted.resolve("model/model.json").toFile());
    assertEquals("{\"2\":\"Deuxième sujet\"}", model.get("givenLabels").toString());
    assertEquals("Deuxième sujet", model.get("labels").get(1).asText());
    assertEquals(first.get("label"), model.get("wordLabels").get(0));
  }

  @Test
  void inferKeepsTheModelsGivenLabels() throws IOException {
    JsonNode trained = JSON.readTree(fitted.resolve("topics.json").toFile()).get("topics");
    for (Path inferred : List.of(inferredTrain, inferredNew)) {
      JsonNode scored = JSON.readTree(inferred.resolve("topics.json").toFile()).get("topics");
      for (int i = 0; i < 2; i++) {
        assertEquals(trained.get(i).get("label"), scored.get(i).get("label"), inferred + " topic " + (i + 1));
        assertEquals(trained.get(i).get("labelSource"), scored.get(i).get("labelSource"));
      }
    }
  }

  @Test
  void inferShowsTheNamesSujetsLabelGaveTheModel() throws IOException {
    assertEquals(0, labelExit, labelCommand.toString());
    JsonNode words = JSON.readTree(fitted.resolve("model/model.json").toFile()).get("wordLabels");
    JsonNode scored = JSON.readTree(inferredRelabelled.resolve("topics.json").toFile()).get("topics");
    assertEquals("Premier sujet", scored.get(0).get("label").asText());
    assertEquals(TopicLabels.GIVEN, scored.get(0).get("labelSource").asText());
    assertEquals(words.get(1).asText(), scored.get(1).get("label").asText(), "topic 2 named by its words again");
    assertEquals(TopicLabels.WORDS, scored.get(1).get("labelSource").asText());
  }
}
