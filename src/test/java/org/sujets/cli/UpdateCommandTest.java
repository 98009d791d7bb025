package org.sujets.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujets.LocalSpark;
import org.sujets.job.TwoSubjectsRun;
import org.sujets.model.TopicModelBundle;

/**
 * {@code sujets update} end to end: the two-subjects model (a topic named with {@code sujets
 * label}) continued on its two new articles, then the continued model read again by infer and by
 * a second update; a folder that holds no model is a usage error.
 */
class UpdateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Path model;
  private static Path updated;
  private static Result update;
  private static Result label;

  /** What one command printed on stderr, and its exit code. */
  private record Result(int code, String err) {}

  @BeforeAll
  static void labelThenUpdate(@TempDir Path dir) throws IOException {
    model = dir.resolve("model");
    copy(TwoSubjectsRun.output().resolve("model"), model);
    label = sujets("label", "--model", model.toString(), "2=Politique");
    updated = dir.resolve("updated");
    update = sujets("update", "--model", model.toString(), "--input", newArticles().toString(),
        "--output", updated.toString(), "--iterations", "20");
  }

  private static Result sujets(String... args) {
    LocalSpark.session(); // a joined session: the command must not stop it
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    return new Result(code, err.toString());
  }

  private static Path newArticles() {
    return TwoSubjectsRun.train().resolveSibling("new.jsonl");
  }

  private static void copy(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }

  private static JsonNode manifest(Path modelDir) throws IOException {
    return JSON.readTree(modelDir.resolve(TopicModelBundle.MANIFEST).toFile());
  }

  @Test
  void writesARunsOutputsAndAReloadableModel() {
    assertEquals(ExitCodes.OK, label.code(), label.err());
    assertEquals(ExitCodes.OK, update.code(), update.err());
    for (String file : List.of("topics.json", "keywords.json", "articles.csv", "run.json", "report.html",
        "model/model.json", "model/pipeline")) {
      assertTrue(Files.exists(updated.resolve(file)), file + " missing");
    }
    assertTrue(update.err().contains("continued on 2 articles"), update.err());
  }

  @Test
  void keepsTheTopicIdsAndNamesAndRecordsTheLineage() throws IOException {
    JsonNode before = manifest(model);
    JsonNode after = manifest(updated.resolve("model"));
    assertEquals(TopicModelBundle.FORMAT_VERSION, after.get("formatVersion").asInt());
    assertEquals(before.get("topicOrder"), after.get("topicOrder"));
    assertEquals(before.get("labels"), after.get("labels"), "words labels and the given name are kept");
    assertEquals("Politique", after.get("labels").get(1).asText());
    JsonNode lineage = after.get("lineage");
    assertEquals(2, lineage.size(), lineage.toString());
    assertEquals(before.get("lineage").get(0), lineage.get(0), "the run's entry is carried over");
    assertEquals("run", lineage.get(0).get("command").asText());
    JsonNode step = lineage.get(1);
    assertEquals("update", step.get("command").asText());
    assertEquals(2, step.get("modelVersion").asInt());
    assertEquals(2, step.get("articles").asInt());
    assertTrue(step.get("inputs").get(0).asText().endsWith("two-subjects/new.jsonl"), step.toString());
    assertEquals(before.get("learning").get("iterations").asInt() + 20,
        after.get("learning").get("iterations").asInt(), "the step count goes on");
    JsonNode run = JSON.readTree(updated.resolve("run.json").toFile()).get("parameters");
    assertEquals("update", run.get("command").asText());
    assertEquals(lineage, run.get("lineage"), "run.json shows the model's lineage");
    List<String> topicLabels = new ArrayList<>();
    JSON.readTree(updated.resolve("topics.json").toFile()).get("topics")
        .forEach(t -> topicLabels.add(t.get("id").asInt() + ":" + t.get("label").asText()));
    assertEquals("2:Politique", topicLabels.get(1));
  }

  @Test
  void theUpdatedModelIsReadByInferAndByAnotherUpdate(@TempDir Path dir) throws IOException {
    Result infer = sujets("infer", "--model", updated.resolve("model").toString(), "--input",
        newArticles().toString(), "--output", dir.resolve("inferred").toString());
    assertEquals(ExitCodes.OK, infer.code(), infer.err());
    Result again = sujets("update", "--model", updated.resolve("model").toString(), "--input",
        TwoSubjectsRun.train().toString(), "--output", dir.resolve("again").toString(), "--iterations", "5");
    assertEquals(ExitCodes.OK, again.code(), again.err());
    JsonNode lineage = manifest(dir.resolve("again").resolve("model")).get("lineage");
    assertEquals(List.of(1, 2, 3), List.of(lineage.get(0).get("modelVersion").asInt(),
        lineage.get(1).get("modelVersion").asInt(), lineage.get(2).get("modelVersion").asInt()));
    assertArrayEquals(JSON.treeToValue(manifest(model).get("topicOrder"), int[].class),
        JSON.treeToValue(manifest(dir.resolve("again").resolve("model")).get("topicOrder"), int[].class));
  }

  @Test
  void aFolderWithoutModelIsAOneLineUsageError(@TempDir Path dir) {
    Result r = sujets("update", "--model", dir.toString(), "--input", newArticles().toString(),
        "--output", dir.resolve("out").toString());
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    String first = r.err().lines().findFirst().orElse("");
    assertTrue(first.contains("no Sujets model in "), first);
    assertFalse(r.err().contains("\tat "), "no stack trace");
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void aModelOfANewerFormatIsAOneLineUsageError(@TempDir Path dir) throws IOException {
    Path newer = dir.resolve("model");
    Files.createDirectories(newer);
    Files.writeString(newer.resolve(TopicModelBundle.MANIFEST), "{\"formatVersion\": 99}");
    Result r = sujets("update", "--model", newer.toString(), "--input", newArticles().toString(),
        "--output", dir.resolve("out").toString());
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    String first = r.err().lines().findFirst().orElse("");
    assertTrue(first.contains("format version 99") && first.contains("use the newer Sujets"), first);
  }
}
