package org.sujets.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujets.LocalSpark;
import org.sujets.config.AnalysisConfig;
import org.sujets.config.ColumnMapping;
import org.sujets.config.InputConfig;
import org.sujets.config.InputFormat;
import org.sujets.config.JobConfig;
import org.sujets.config.LdaConfig;
import org.sujets.config.LdaOptimizer;
import org.sujets.config.OutputConfig;
import org.sujets.config.VocabularyConfig;

/**
 * The job end to end on the five sample articles (one event, told by five outlets) plus three
 * edited re-publications of the first: the copies form one cluster, the five articles stay apart.
 */
class DuplicateClustersJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Path out;
  private static final List<String> stages = new ArrayList<>();

  @BeforeAll
  static void run(@TempDir Path dir) throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(LocalSpark.sampleDir()))) {
      for (Path f : files.sorted().toList()) {
        texts.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      lines.add(line("s" + i, "2019-04-2" + (i + 2), "Article " + i, texts.get(i)));
    }
    String wire = texts.get(0);
    String firstParagraph = wire.split("\n\\s*\n", 2)[0];
    lines.add(line("c1", "2019-04-21", "Copie datée plus tôt", "(AFP) " + wire + "\n\nAvec AFP."));
    lines.add(line("c2", "2019-04-25", "Copie sans premier paragraphe", wire.replace(firstParagraph, "")));
    lines.add(line("c3", null, "Copie sans date", wire.replace("Poutine", "Vladimir Poutine")));
    Path input = dir.resolve("articles.jsonl");
    Files.write(input, lines, StandardCharsets.UTF_8);
    out = dir.resolve("out");
    JobProgress progress = new JobProgress() {
      public void stageStarted(String s) {}
      public void stageFinished(String s, double sec, String summary) { stages.add(s + ": " + summary); }
      public void ldaIteration(int it, int total) {}
      public void warning(String message) {}
    };
    new TopicJob(LocalSpark.session(), progress).run(new JobConfig(
        new InputConfig(List.of(input.toString()), InputFormat.AUTO, ColumnMapping.defaults()),
        AnalysisConfig.defaults(), VocabularyConfig.auto(),
        new LdaConfig(2, 5, LdaOptimizer.ONLINE, 42, null, null, null, null, null, null),
        OutputConfig.defaults(out.toString(), false)));
  }

  private static String line(String id, String date, String title, String text) throws IOException {
    Map<String, String> record = new TreeMap<>();
    record.put("id", id);
    record.put("date", date);
    record.put("title", title);
    record.put("text", text);
    return JSON.writeValueAsString(record);
  }

  @Test
  void duplicatesCsvListsTheCopiesWithTheEarliestAsRepresentative() throws IOException {
    List<String> csv = Files.readAllLines(out.resolve("duplicates.csv"), StandardCharsets.UTF_8);
    assertEquals("cluster,id,representative,max_similarity,date,title", csv.get(0));
    Map<String, String[]> rows = new TreeMap<>();
    for (String line : csv.subList(1, csv.size())) {
      String[] cells = line.split(",", -1);
      rows.put(cells[1], cells);
    }
    // The five accounts of the event are not merged, however many paragraphs they share.
    assertEquals(List.of("c1", "c2", "c3", "s0"), List.copyOf(rows.keySet()), csv.toString());
    for (String[] cells : rows.values()) {
      assertEquals("1", cells[0]);
      assertEquals("c1", cells[2], "the earliest-dated copy represents the cluster");
      double similarity = Double.parseDouble(cells[3]);
      assertTrue(similarity >= 0.5 && similarity <= 1, String.join(",", cells));
    }
    assertEquals("", rows.get("c3")[4], "undated copy");
  }

  @Test
  void runJsonCountsTheClusterAndLdaSkipsTheCopiesButAllArticlesGetShares() throws IOException {
    JsonNode duplicates = JSON.readTree(out.resolve("run.json").toFile()).at("/parameters/duplicates");
    assertEquals(1, duplicates.get("clusters").asInt());
    assertEquals(4, duplicates.get("articlesInClusters").asInt());
    assertEquals(3, duplicates.get("leftOutOfFit").asInt());
    assertEquals(5, duplicates.get("articlesFitted").asInt());
    assertTrue(JSON.readTree(out.resolve("run.json").toFile()).at("/stageSeconds/duplicates").isNumber());
    assertEquals(1 + 8, Files.readAllLines(out.resolve("articles.csv"), StandardCharsets.UTF_8).size(),
        "every article has topic shares");
    assertTrue(stages.contains("duplicates: 1 clusters of near-duplicates, 4 articles in them, 3 left out of the LDA fit"),
        stages.toString());
  }
}
