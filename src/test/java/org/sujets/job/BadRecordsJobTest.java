package org.sujets.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
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
import org.sujets.config.RecordMode;
import org.sujets.config.VocabularyConfig;

/**
 * The job on JSON Lines holding the sample articles plus a malformed line, a repeated id and an
 * article with hostile text: permissive counts and lists, strict stops at the line, the hostile
 * text stays text in every output.
 */
class BadRecordsJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HOSTILE_TITLE = "=HYPERLINK(\"http://x\") <script>alert(1)</script> **gras** \u0007fin";
  private static Path input;
  private static Path out;
  private static final List<String> warnings = new ArrayList<>();

  @BeforeAll
  static void run(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    int i = 0;
    try (Stream<Path> files = Files.list(Path.of(LocalSpark.sampleDir()))) {
      for (Path f : files.sorted().toList()) {
        lines.add(JSON.writeValueAsString(java.util.Map.of(
            "id", "a" + i++, "title", "t", "text", Files.readString(f, StandardCharsets.UTF_8))));
      }
    }
    lines.add(2, "{\"id\": \"cassé\", \"text\": \"pas fini");                 // line 3
    lines.add(JSON.writeValueAsString(java.util.Map.of("id", "a0", "title", "copie",
        "text", "Kim Jong Un et Vladimir Poutine, une copie au même identifiant.")));
    lines.add(JSON.writeValueAsString(java.util.Map.of("id", "-cmd", "title", HOSTILE_TITLE,
        "text", "<img src=x onerror=alert(1)> Kim Jong Un et Vladimir Poutine à Vostotchny.")));
    input = dir.resolve("articles.jsonl");
    Files.write(input, lines, StandardCharsets.UTF_8);
    out = dir.resolve("out");
    JobProgress progress = new JobProgress() {
      public void stageStarted(String s) {}
      public void stageFinished(String s, double sec, String summary) {}
      public void ldaIteration(int it, int total) {}
      public void warning(String message) { warnings.add(message); }
    };
    new TopicJob(LocalSpark.session(), progress).run(config(RecordMode.PERMISSIVE, out));
  }

  private static JobConfig config(RecordMode mode, Path output) {
    return new JobConfig(
        new InputConfig(List.of(input.toString()), InputFormat.AUTO, ColumnMapping.defaults(), mode),
        AnalysisConfig.defaults(), VocabularyConfig.auto(),
        new LdaConfig(2, 5, LdaOptimizer.ONLINE, 42, null, null, null, null, null, null),
        OutputConfig.defaults(output.toString(), false));
  }

  @Test
  void permissiveCountsListsAndWarnsOnce() throws IOException {
    JsonNode run = JSON.readTree(out.resolve("run.json").toFile());
    assertEquals(1, run.at("/counts/recordsSkipped").asLong());
    assertEquals(1, run.at("/counts/duplicateIds").asLong());
    assertEquals("3", run.at("/rejected/0/line").asText());
    assertTrue(run.at("/rejected/0/origin").asText().endsWith("articles.jsonl"));
    assertEquals(2, warnings.size(), warnings.toString()); // one for bad lines, one for ids
    assertTrue(warnings.get(0).contains("articles.jsonl, line 3"), warnings.get(0));
  }

  @Test
  void repeatedIdIsRenamedNotLost() throws IOException {
    List<String> ids = Files.readAllLines(out.resolve("articles.csv")).stream().skip(1)
        .map(l -> l.substring(0, l.indexOf(','))).toList();
    assertTrue(ids.contains("a0") && ids.contains("a0#2"), ids.toString());
  }

  @Test
  void strictStopsAtTheLineAndWritesNothing(@TempDir Path dir) {
    Path strictOut = dir.resolve("strict");
    var e = assertThrows(IllegalArgumentException.class,
        () -> new TopicJob(LocalSpark.session(), JobProgress.silent()).run(config(RecordMode.STRICT, strictOut)));
    assertTrue(e.getMessage().contains("articles.jsonl, line 3: malformed JSON line"), e.getMessage());
    assertTrue(e.getMessage().contains("--mode permissive"), e.getMessage());
    assertFalse(Files.exists(strictOut));
    assertEquals(0, dir.toFile().list().length, "a temporary folder was left");
  }

  @Test
  void hostileTextStaysTextInEveryOutput() throws IOException {
    // JSON files parse; the title is there, its control character gone.
    JSON.readTree(out.resolve("topics.json").toFile());
    JSON.readTree(out.resolve("keywords.json").toFile());
    JSON.readTree(out.resolve("run.json").toFile());
    JsonNode notebook = JSON.readTree(out.resolve("report.ipynb").toFile());
    assertFalse(notebook.toString().contains("<script>alert"), "raw script in the notebook");
    // CSV parses back with the same columns on every row; formulas are neutralised.
    List<Row> rows = LocalSpark.session().read().option("header", "true").option("multiLine", "true")
        .option("escape", "\"").csv(out.resolve("articles.csv").toString()).collectAsList();
    Row hostile = rows.stream().filter(r -> "'-cmd".equals(r.getAs("id"))).findFirst().orElseThrow();
    String title = hostile.getAs("title");
    assertEquals("'" + HOSTILE_TITLE.replace("\u0007", ""), title);
    String csv = Files.readString(out.resolve("articles.csv"));
    assertFalse(csv.contains("\u0007"));
    // HTML: no executable markup from the input.
    String html = Files.readString(out.resolve("report.html"));
    assertFalse(html.contains("<script>alert"), "raw script in report.html");
    assertFalse(html.contains("<img src=x"), "raw img in report.html");
  }

  @Test
  void aSparkFailureMidRunLeavesNoTemporaryFolder(@TempDir Path dir) throws IOException {
    // Two Parquet files whose id columns have different types: Spark fails the scan with its
    // checked SparkException, which must still remove the staging folder.
    var spark = LocalSpark.session();
    spark.sql("select 'a' as id, 'Kim Jong Un et Poutine' as text").write().parquet(dir.resolve("p1").toString());
    spark.sql("select 7 as id, 'Poutine et Kim Jong Un' as text").write().parquet(dir.resolve("p2").toString());
    Path in = Files.createDirectories(dir.resolve("in"));
    for (String p : List.of("p1", "p2")) {
      try (Stream<Path> s = Files.list(dir.resolve(p))) {
        Files.copy(s.filter(f -> f.toString().endsWith(".parquet")).findFirst().orElseThrow(), in.resolve(p + ".parquet"));
      }
    }
    Path work = Files.createDirectories(dir.resolve("work"));
    JobConfig c = new JobConfig(
        new InputConfig(List.of(in.toString()), InputFormat.AUTO, ColumnMapping.defaults()),
        AnalysisConfig.defaults(), VocabularyConfig.auto(),
        new LdaConfig(2, 2, LdaOptimizer.ONLINE, 42, null, null, null, null, null, null),
        OutputConfig.defaults(work.resolve("out").toString(), false));
    assertThrows(Exception.class, () -> new TopicJob(spark, JobProgress.silent()).run(c));
    assertEquals(0, work.toFile().list().length, "left: " + List.of(work.toFile().list()));
  }
}
