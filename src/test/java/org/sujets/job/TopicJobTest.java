package org.sujets.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujets.JobCounter;
import org.sujets.LocalSpark;
import org.sujets.analysis.FrenchNewsStopWords;
import org.sujets.config.AnalysisConfig;
import org.sujets.config.ColumnMapping;
import org.sujets.config.InputConfig;
import org.sujets.config.InputFormat;
import org.sujets.config.JobConfig;
import org.sujets.config.LdaConfig;
import org.sujets.config.OutputConfig;
import org.sujets.config.VocabularyConfig;
import org.sujets.report.RunManifest;
import org.sujets.storage.ObjectStoreLikeFileSystem;

/** The whole job on the bundled sample, in local Spark. */
class TopicJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * Spark jobs allowed for one sample run: 76 measured (issue 18; 123 before its 50 LDA
   * iterations ran on the driver, 162 before the sample became one partition and a corpus without
   * near-duplicate pairs stopped running the label propagation; adaptive execution makes the count
   * vary by one or two), one to three per Spark action (adaptive execution makes a job per
   * shuffle). The margin lets a stage add an action or two; LDA iterations run as Spark jobs
   * again, a second LDA fit or a per-topic or per-table loop of actions fails.
   */
  private static final int SAMPLE_JOB_BUDGET = 82;
  private static Path firstRun;
  private static RunManifest<org.sujets.report.RunParameters> manifest;
  private static String corpusText;
  /** Spark jobs started by the first sample run. */
  private static int sampleJobs;

  @BeforeAll
  static void runOnSample(@TempDir Path dir) throws IOException {
    firstRun = dir.resolve("out");
    sampleJobs = JobCounter.count(LocalSpark.session().sparkContext(), "topic-job-test-sample",
        () -> manifest = new TopicJob(LocalSpark.session(), JobProgress.silent()).run(sampleConfig(firstRun)));
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.list(Path.of(LocalSpark.sampleDir()))) {
      for (Path f : files.sorted().toList()) {
        text.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
      }
    }
    corpusText = normalise(text.toString());
  }

  static JobConfig sampleConfig(Path output) {
    return new JobConfig(
        new InputConfig(List.of(LocalSpark.sampleDir()), InputFormat.AUTO, ColumnMapping.defaults()),
        AnalysisConfig.defaults(),
        VocabularyConfig.auto(),
        LdaConfig.auto(),
        OutputConfig.defaults(output.toString(), false));
  }

  /** Lowercase, NFC, every apostrophe as ', no-break spaces as spaces: how the analyzer sees text. */
  private static String normalise(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC)
        .replaceAll("[’ʼ‘´`＇]", "'")
        .replaceAll("[\\u00A0\\u202F\\u2007]", " ")
        .toLowerCase(Locale.ROOT);
  }

  private static List<String> words(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(node -> out.add(node.get(field).asText()));
    return out;
  }

  private static void assertReadableWords(List<String> words, String what) {
    CharArraySet stop = FrenchNewsStopWords.defaults();
    assertFalse(words.isEmpty(), what + " is empty");
    for (String word : words) {
      assertFalse(stop.contains(word), what + " holds the stop word '" + word + "'");
      Pattern whole = Pattern.compile("(?<!\\p{L})" + Pattern.quote(word) + "(?!\\p{L})");
      assertTrue(whole.matcher(corpusText).find(),
          what + " holds '" + word + "', which never occurs as a word in the input (a stem fragment?)");
    }
  }

  @Test
  void writesExactlyTheDocumentedFiles() throws IOException {
    try (Stream<Path> files = Files.list(firstRun)) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertTrue(names.containsAll(List.of("articles.csv", "keywords.json", "run.json", "topics.json")), names.toString());
      assertTrue(names.stream().noneMatch(n -> n.startsWith("_")), "leftover work folders: " + names);
    }
    try (Stream<Path> siblings = Files.list(firstRun.getParent())) {
      assertEquals(List.of("out"), siblings.map(p -> p.getFileName().toString()).toList(), "temporary folders left");
    }
  }

  /**
   * The sample run's cost is start-up plus per-job driver overhead, not data: a job budget keeps it
   * fast without timing anything. See SAMPLE_JOB_BUDGET for what the number is made of.
   */
  @Test
  void sampleRunStaysWithinItsSparkJobBudget() {
    assertTrue(sampleJobs > 0, "no Spark job counted: is the listener wired?");
    assertTrue(sampleJobs <= SAMPLE_JOB_BUDGET, sampleJobs + " Spark jobs for the 5-article sample, budget "
        + SAMPLE_JOB_BUDGET + ": a new per-iteration, per-topic or per-table action? merge it into an existing one");
  }

  @Test
  void topicsAreReadableFrenchWordsOrderedByPrevalence() throws IOException {
    JsonNode topics = JSON.readTree(firstRun.resolve("topics.json").toFile()).get("topics");
    assertEquals(2, topics.size(), "auto k for 5 articles");
    double previous = 1;
    for (int i = 0; i < topics.size(); i++) {
      JsonNode topic = topics.get(i);
      assertEquals(i + 1, topic.get("id").asInt());
      double prevalence = topic.get("prevalence").asDouble();
      assertTrue(prevalence <= previous, "topics not ordered by prevalence");
      previous = prevalence;
      List<String> shown = words(topic.get("words"), "word");
      assertReadableWords(shown, "topic " + (i + 1));
      List<String> probable = words(topic.get("probableWords"), "word");
      assertReadableWords(probable, "topic " + (i + 1) + " probable words");
      assertEquals(shown.size(), probable.size());
      assertEquals(String.join(" · ", shown.subList(0, 3)), topic.get("label").asText(), "label = first three words");
      double before = Double.MAX_VALUE;
      for (JsonNode w : topic.get("probableWords")) {
        assertTrue(w.get("weight").asDouble() <= before, "probableWords not by probability: " + topic);
        before = w.get("weight").asDouble();
      }
      double coherence = topic.get("coherence").asDouble();
      assertTrue(coherence >= -1 && coherence <= 1, "NPMI out of [-1, 1]: " + coherence);
      assertFalse(topic.get("articles").isEmpty());
      topic.get("articles").forEach(a -> assertTrue(a.get("share").asDouble() >= 0.05, "not representative: " + a));
    }
  }

  @Test
  void qualityFiguresAreInTopicsAndRunJson() throws IOException {
    JsonNode doc = JSON.readTree(firstRun.resolve("topics.json").toFile());
    double sum = 0;
    for (JsonNode topic : doc.get("topics")) {
      sum += topic.get("coherence").asDouble();
    }
    double mean = sum / doc.get("topics").size();
    assertEquals(mean, doc.get("coherence").asDouble(), 1e-5, "top-level coherence is the mean over topics");
    double diversity = doc.get("diversity").asDouble();
    assertTrue(diversity > 0 && diversity <= 1, "diversity " + diversity);
    JsonNode quality = JSON.readTree(firstRun.resolve("run.json").toFile()).get("quality");
    assertEquals(doc.get("coherence").asDouble(), quality.get("coherence").asDouble(), 1e-9);
    assertEquals(diversity, quality.get("diversity").asDouble(), 1e-9);
    assertEquals(0.6, quality.get("relevanceLambda").asDouble());
    assertEquals(doc.get("topics").size(), quality.get("topicCoherence").size());
    assertFalse(quality.has("sectionNmi"), "the .txt sample has no section column: no section NMI");
  }

  @Test
  void keywordsAreReadableFrenchWords() throws IOException {
    JsonNode corpus = JSON.readTree(firstRun.resolve("keywords.json").toFile()).get("corpus");
    assertReadableWords(words(corpus, "word"), "corpus keywords");
  }

  @Test
  void countsWhatWasRead() {
    var c = manifest.counts();
    assertEquals(5, c.filesRead());
    assertEquals(5, c.recordsRead());
    assertEquals(0, c.emptyArticles());
    assertEquals(0, c.redecoded());
    assertEquals(0, c.recordsSkipped());
    assertEquals(5, c.articles());
    assertTrue(c.tokens() > 1_000, "tokens: " + c.tokens());
    assertTrue(c.vocabularySize() > 300, "vocabulary: " + c.vocabularySize());
    assertEquals(2, manifest.parameters().topics());
    assertEquals(2, manifest.parameters().lda().docConcentration().size(), "α, one number per topic");
    assertTrue(manifest.executors().tasksByExecutor().getOrDefault("driver", 0L) > 0,
        "local tasks not counted: " + manifest.executors());
    assertEquals(List.of("reading", "boilerplate", "analysis", "phrases", "duplicates", "vocabulary", "TF-IDF", "LDA", "quality", "writing"),
        List.copyOf(manifest.stageSeconds().keySet()), "every step timed once, in order, under its own name");
  }

  /** run.json's parameters: one flat object of the typed records' fields, in their order. */
  @Test
  void runJsonParametersAreOneFlatObject() throws IOException {
    JsonNode parameters = JSON.readTree(firstRun.resolve("run.json").toFile()).get("parameters");
    List<String> names = new java.util.ArrayList<>();
    parameters.fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("format", "columns", "stemmer", "extraStopWords", "minTokenLength", "vocabSize", "minDf",
        "maxDf", "genericWords", "topics", "iterations", "optimizer", "seed", "subsamplingRate", "learningOffset", "learningDecay",
        "ldaStart", "docConcentration", "topicConcentration", "topWords", "topArticles", "articleKeywords",
        "corpusKeywords", "sparkMaster", "boilerplate", "boilerplateMinArticles", "boilerplateMinShare", "phrases",
        "phraseMinCount", "phraseThreshold", "dedup", "topicsChosenBy", "boilerplateRemoved", "phrasesLearned",
        "spellingVariants", "duplicates"), names);
    assertTrue(parameters.get("columns").isObject() && parameters.get("docConcentration").isArray());
    assertEquals(manifest.parameters().asMap().keySet(), new java.util.LinkedHashSet<>(names),
        "the report's table shows what run.json holds");
  }

  @Test
  void listsTheLearnedPhrasesReadableMostWidespreadFirst() throws IOException {
    JsonNode phrases = JSON.readTree(firstRun.resolve("phrases.json").toFile()).get("phrases");
    List<String> names = new java.util.ArrayList<>();
    long previous = Long.MAX_VALUE;
    for (JsonNode p : phrases) {
      names.add(p.get("phrase").asText());
      long articles = p.get("articles").asLong();
      assertTrue(articles >= 1 && articles <= 5 && articles <= previous, phrases.toString());
      previous = articles;
    }
    assertTrue(names.contains("corée du nord"), names.toString());
  }

  @Test
  @SuppressWarnings("unchecked")
  void reportsTheTwoTransliterationsOfTheCosmodrome() {
    // Three articles write Vostochny, two Vostotchny, never both: a variant pair, not two words.
    var variants = manifest.parameters().findings().spellingVariants();
    var listed = (List<List<String>>) variants.get("listed");
    assertTrue(listed.contains(List.of("vostochny", "vostotchny")), listed.toString());
  }

  @Test
  void articlesCsvHasOneRowPerArticle() throws IOException {
    List<String> lines = Files.readAllLines(firstRun.resolve("articles.csv"));
    assertEquals("id,title,date,source,section,dominant_topic,dominant_share,topic_1,topic_2,keywords", lines.get(0));
    assertEquals(6, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(1).startsWith("000_f02d0033101d56d6.txt,"), lines.get(1));
  }

  @Test
  void sameSeedAndInputGiveIdenticalTopics(@TempDir Path dir) throws IOException {
    Path second = dir.resolve("again");
    new TopicJob(LocalSpark.session(), JobProgress.silent()).run(sampleConfig(second));
    assertArrayEquals(Files.readAllBytes(firstRun.resolve("topics.json")), Files.readAllBytes(second.resolve("topics.json")));
    assertArrayEquals(Files.readAllBytes(firstRun.resolve("articles.csv")), Files.readAllBytes(second.resolve("articles.csv")));
    assertArrayEquals(Files.readAllBytes(firstRun.resolve("keywords.json")), Files.readAllBytes(second.resolve("keywords.json")));
  }

  @Test
  void refusesAForeignNonEmptyFolderAndKeepsIt(@TempDir Path dir) throws IOException {
    Path precious = dir.resolve("notes.txt");
    Files.writeString(precious, "do not delete");
    var e = assertThrows(IllegalArgumentException.class,
        () -> new TopicJob(LocalSpark.session(), JobProgress.silent()).run(sampleConfig(dir)));
    assertTrue(e.getMessage().contains("--overwrite"), e.getMessage());
    assertEquals("do not delete", Files.readString(precious));
  }

  @Test
  void aFailedRunLeavesThePreviousOutputIntact(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Files.copy(firstRun.resolve("run.json"), out.resolve("run.json"));
    JobConfig bad = new JobConfig(
        new InputConfig(List.of(LocalSpark.sampleDir()), InputFormat.AUTO, ColumnMapping.defaults()),
        // Fails in the vocabulary stage, after the staging folder exists: no term can be kept.
        AnalysisConfig.defaults(), new VocabularyConfig(null, 5.0, 0.1), LdaConfig.auto(),
        OutputConfig.defaults(out.toString(), false));
    assertThrows(IllegalArgumentException.class,
        () -> new TopicJob(LocalSpark.session(), JobProgress.silent()).run(bad));
    assertArrayEquals(Files.readAllBytes(firstRun.resolve("run.json")), Files.readAllBytes(out.resolve("run.json")));
    try (Stream<Path> siblings = Files.list(dir)) {
      assertEquals(List.of("out"), siblings.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void withoutLabelsEveryTopicIsNamedByItsWords() throws IOException {
    JsonNode topics = JSON.readTree(firstRun.resolve("topics.json").toFile()).get("topics");
    topics.forEach(t -> assertEquals("words", t.get("labelSource").asText()));
    assertFalse(JSON.readTree(firstRun.resolve("run.json").toFile()).get("parameters").has("labels"));
  }

  @Test
  void aLabelForATopicTheRunDoesNotHaveFailsBeforeTheFit(@TempDir Path dir) throws IOException {
    // k comes from the size rule (2 on the sample): known only once the articles are read.
    JobConfig config = sampleConfig(dir.resolve("out"));
    JobConfig labelled = new JobConfig(config.input(), config.analysis(), config.vocabulary(), config.lda(),
        config.output(), config.quality(), config.cleanup(), config.topicSweep(),
        org.sujets.config.GivenLabels.parse("labels.txt", "1: Kim\n\n9: Poutine\n"));
    var e = assertThrows(IllegalArgumentException.class,
        () -> new TopicJob(LocalSpark.session(), JobProgress.silent()).run(labelled));
    assertEquals("labels.txt, line 3: topic 9 does not exist: the topics are 1..2", e.getMessage());
    try (Stream<Path> siblings = Files.list(dir)) {
      assertEquals(List.of(), siblings.toList(), "nothing written");
    }
  }

  @Test
  void writesThroughAnyHadoopFileSystemRunJsonLast(@TempDir Path dir) throws IOException {
    // objstore: is the local disk under a scheme that does not rename atomically, as S3 does not:
    // the run goes through Hadoop's FileSystem API all the way (Spark's CSV, the model, the charts).
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Files.copy(firstRun.resolve("run.json"), out.resolve("run.json"));
    Files.writeString(out.resolve("stale.csv"), "from the previous run");
    var hadoop = LocalSpark.session().sparkContext().hadoopConfiguration();
    ObjectStoreLikeFileSystem.configuration().forEach(e -> hadoop.set(e.getKey(), e.getValue()));
    JobConfig config = sampleConfig(out);
    JobConfig onStore = new JobConfig(config.input(), config.analysis(), config.vocabulary(), config.lda(),
        OutputConfig.defaults(ObjectStoreLikeFileSystem.SCHEME + "://" + out, false));
    new TopicJob(LocalSpark.session(), JobProgress.silent()).run(onStore);
    for (String file : List.of("topics.json", "keywords.json", "articles.csv")) {
      assertArrayEquals(Files.readAllBytes(firstRun.resolve(file)), Files.readAllBytes(out.resolve(file)), file);
    }
    assertTrue(Files.isRegularFile(out.resolve("model/model.json")));
    assertTrue(Files.isRegularFile(out.resolve("charts/topic-words.png")));
    assertFalse(Files.exists(out.resolve("stale.csv")), "the previous run is replaced whole");
    try (Stream<Path> files = Files.walk(out)) {
      List<String> names = files.map(p -> out.relativize(p).toString()).toList();
      assertTrue(names.stream().noneMatch(n -> n.startsWith("_") || n.endsWith(".crc")), names.toString());
    }
    try (Stream<Path> siblings = Files.list(dir)) {
      assertEquals(List.of("out"), siblings.map(p -> p.getFileName().toString()).toList());
    }
  }
}
