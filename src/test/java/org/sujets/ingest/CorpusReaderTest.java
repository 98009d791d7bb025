package org.sujets.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory;
import org.apache.logging.log4j.core.config.builder.impl.BuiltConfiguration;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujets.config.ColumnMapping;
import org.sujets.config.InputConfig;
import org.sujets.config.InputFormat;

class CorpusReaderTest {
  private static final Path SAMPLE =
      Path.of(System.getProperty("sujets.sample.dir", "data/sample")).toAbsolutePath();
  /** The real corpus, beside the project as in CI (../shared); Surefire passes the path. */
  private static final Path ORANGESUM =
      Path.of(System.getProperty("sujets.orangesum", "../shared/corpora/orangesum/orangesum.jsonl.gz"));
  private static final ColumnMapping CUSTOM =
      new ColumnMapping("doc_id", "headline", "published", "src", "rubrique", "body");

  private static SparkSession spark;
  private static CorpusReader reader;

  @TempDir Path tmp;

  @BeforeAll
  static void startSpark() {
    quietLogging();
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    reader = new CorpusReader(spark);
  }

  /** Gives log4j a configuration (console, WARN) so that Spark does not install its INFO default. */
  private static void quietLogging() {
    ConfigurationBuilder<BuiltConfiguration> config =
        ConfigurationBuilderFactory.newConfigurationBuilder();
    config.add(
        config
            .newAppender("console", "Console")
            .add(config.newLayout("PatternLayout").addAttribute("pattern", "%d %p %c{1}: %m%n")));
    config.add(config.newRootLogger(Level.WARN).add(config.newAppenderRef("console")));
    config.add(config.newLogger("org.apache.spark", Level.ERROR));
    config.add(config.newLogger("org.apache.hadoop", Level.ERROR));
    Configurator.reconfigure(config.build());
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  // ---------------------------------------------------------------- plain text

  @Test
  void readsTheSampleFolder() throws IOException {
    Corpus corpus = read(InputFormat.AUTO, ColumnMapping.defaults(), SAMPLE.toString());
    assertEquals(
        Arrays.asList(Corpus.ARTICLE_SCHEMA.fieldNames()),
        Arrays.asList(corpus.articles().columns()));
    Map<String, Row> byId = byId(corpus.articles());

    List<Path> files;
    try (Stream<Path> s = Files.list(SAMPLE)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertEquals(5, files.size());
    assertEquals(
        files.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet()),
        byId.keySet());
    for (Path file : files) {
      Row row = byId.get(file.getFileName().toString());
      String raw = Files.readString(file, StandardCharsets.UTF_8);
      String firstLine = raw.lines().filter(l -> !l.isBlank()).findFirst().orElseThrow();
      String text = row.getAs(Columns.TEXT);
      assertEquals(firstLine.replace('\u00A0', ' ').strip(), row.getAs(Columns.TITLE));
      assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC));
      assertFalse(text.contains("\u00A0") || text.contains("\u202F"), "no-break space left");
      assertEquals(raw.replace('\u00A0', ' ').replace('\u202F', ' '), text);
      assertNull(row.getAs(Columns.DATE));
      assertNull(row.getAs(Columns.FALLBACK_CHARSET));
      assertTrue(((String) row.getAs(Columns.ORIGIN)).endsWith("/" + file.getFileName()));
    }
    assertEquals(0, corpus.rejected().count());
  }

  @Test
  void textFilesCharsetBomEmptyAndNested() throws IOException {
    Path dir = tmp.resolve("articles");
    Files.createDirectories(dir.resolve("2024/mars"));
    Files.write(dir.resolve("cp1252.txt"), "Élysée café\n\nLe président…".getBytes(Charset.forName("windows-1252")));
    Files.write(dir.resolve("bom.txt"), ("\uFEFFTitre avec BOM\nCorps").getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.writeString(dir.resolve("2024/mars/nested file é.txt"), "\n\n  Titre imbriqué \nCorps");
    Files.writeString(dir.resolve("notes.md"), "not an article");
    // An empty file deep down is found; hidden folders are skipped, as Spark skips them.
    Files.createDirectories(dir.resolve("2024/avril/semaine 1"));
    Files.write(dir.resolve("2024/avril/semaine 1/vide.txt"), new byte[0]);
    Files.createDirectories(dir.resolve(".cache/deep"));
    Files.write(dir.resolve(".cache/deep/ghost.txt"), new byte[0]);
    Files.createDirectories(dir.resolve("_tmp"));
    Files.write(dir.resolve("_tmp/ghost.txt"), new byte[0]);

    Map<String, Row> byId = byId(read(InputFormat.AUTO, ColumnMapping.defaults(), dir.toString()).articles());
    assertEquals(
        Map.of("cp1252.txt", 1, "bom.txt", 1, "empty.txt", 1, "2024/mars/nested file é.txt", 1,
            "2024/avril/semaine 1/vide.txt", 1),
        byId.keySet().stream().collect(Collectors.toMap(k -> k, k -> 1)));

    Row cp1252 = byId.get("cp1252.txt");
    assertEquals("Élysée café", cp1252.getAs(Columns.TITLE));
    assertEquals("Élysée café\n\nLe président…", cp1252.getAs(Columns.TEXT));
    assertEquals("windows-1252", cp1252.getAs(Columns.FALLBACK_CHARSET));

    Row bom = byId.get("bom.txt");
    assertEquals("Titre avec BOM", bom.getAs(Columns.TITLE));
    assertEquals("Titre avec BOM\nCorps", bom.getAs(Columns.TEXT));
    assertNull(bom.getAs(Columns.FALLBACK_CHARSET));

    Row empty = byId.get("empty.txt");
    assertEquals("", empty.getAs(Columns.TEXT));
    assertNull(empty.getAs(Columns.TITLE));

    assertEquals("Titre imbriqué", byId.get("2024/mars/nested file é.txt").getAs(Columns.TITLE));
  }

  @Test
  void singleTextFileIdIsItsName() {
    Path file = SAMPLE.resolve("000_f02d0033101d56d6.txt");
    Map<String, Row> byId = byId(read(InputFormat.AUTO, ColumnMapping.defaults(), file.toString()).articles());
    assertEquals(List.of("000_f02d0033101d56d6.txt"), List.copyOf(byId.keySet()));
  }

  // ---------------------------------------------------------------- JSON Lines

  private static final List<String> JSON_LINES =
      List.of(
          "{\"doc_id\": 7, \"headline\": \"Élysée\\u00a0: annonce\", \"published\": \"2020-07-02T19:09:00+02:00\","
              + " \"src\": \"AFP\", \"rubrique\": \"france\", \"body\": \"Texte\\u202fun.\"}",
          "{\"doc_id\": \"b\", \"headline\": \"Sans rubrique\", \"published\": \"2020-07-03\", \"src\": \"AFP\","
              + " \"body\": \"Texte deux.\"}",
          "{\"doc_id\": \"c\", \"headline\": \"Texte nul\", \"published\": \"3 juillet\", \"body\": null}",
          "{\"doc_id\": \"d\", \"body\": \"tronqué",
          "",
          "{\"headline\": \"Sans id\", \"published\": 20200704, \"body\": \"Texte quatre.\"}");

  @Test
  void readsJsonLinesWithCustomColumns() throws IOException {
    Path file = tmp.resolve("export.jsonl");
    Files.write(file, JSON_LINES, StandardCharsets.UTF_8);
    checkJsonLines(read(InputFormat.AUTO, CUSTOM, file.toString()), "export.jsonl");
  }

  @Test
  void readsGzippedJsonLines() throws IOException {
    Path file = tmp.resolve("export.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write((String.join("\n", JSON_LINES) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    checkJsonLines(read(InputFormat.AUTO, CUSTOM, file.toString()), "export.jsonl.gz");
  }

  private static void checkJsonLines(Corpus corpus, String fileName) {
    Map<String, Row> byId = byId(corpus.articles());
    assertEquals(4, byId.size(), byId.keySet().toString());

    Row a = byId.get("7");
    assertEquals("Élysée : annonce", a.getAs(Columns.TITLE));
    assertEquals("2020-07-02", a.getAs(Columns.DATE));
    assertEquals("AFP", a.getAs(Columns.SOURCE));
    assertEquals("france", a.getAs(Columns.SECTION));
    assertEquals("Texte un.", a.getAs(Columns.TEXT));
    assertTrue(((String) a.getAs(Columns.ORIGIN)).endsWith("/" + fileName));
    assertNull(a.getAs(Columns.FALLBACK_CHARSET));

    Row b = byId.get("b");
    assertNull(b.getAs(Columns.SECTION));
    assertEquals("2020-07-03", b.getAs(Columns.DATE));

    Row c = byId.get("c");
    assertEquals("", c.getAs(Columns.TEXT));
    assertNull(c.getAs(Columns.DATE));

    String generated =
        byId.keySet().stream().filter(id -> id.startsWith(fileName + ":")).findFirst().orElseThrow();
    assertEquals("Texte quatre.", byId.get(generated).getAs(Columns.TEXT));
    assertNull(byId.get(generated).getAs(Columns.DATE), "a number is not an ISO date");

    List<Row> rejected = corpus.rejected().collectAsList();
    assertEquals(1, rejected.size());
    Row bad = rejected.get(0);
    assertEquals("{\"doc_id\": \"d\", \"body\": \"tronqué", bad.getAs(Corpus.REJECTED_RECORD));
    assertTrue(((String) bad.getAs(Corpus.REJECTED_ORIGIN)).endsWith("/" + fileName));
    assertEquals(JsonLinesSource.REASON, bad.getAs(Corpus.REJECTED_REASON));
  }

  @Test
  void rejectedRecordIsCutTo300Chars() throws IOException {
    Path file = tmp.resolve("long.jsonl");
    Files.writeString(file, "{\"text\": \"" + "x".repeat(1000) + "\n{\"text\": \"ok\"}\n");
    Corpus corpus = read(InputFormat.JSONL, ColumnMapping.defaults(), file.toString());
    assertEquals(1, corpus.articles().count());
    String record = corpus.rejected().first().getAs(Corpus.REJECTED_RECORD);
    assertEquals(Corpus.MAX_RECORD_CHARS, record.length());
  }

  @Test
  void jsonLinesWithoutTextColumnFailsClearly() throws IOException {
    Path file = tmp.resolve("notext.jsonl");
    Files.writeString(file, "{\"id\": 1, \"contenu\": \"x\"}\n");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> read(InputFormat.AUTO, ColumnMapping.defaults(), file.toString()));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("[contenu, id]"), e.getMessage());
    assertTrue(e.getMessage().contains("--text-col"), e.getMessage());
  }

  // ---------------------------------------------------------------- CSV

  @Test
  void readsCsvWithQuotedNewlinesAndCommas() throws IOException {
    Path file = tmp.resolve("export.csv");
    Files.writeString(
        file,
        "doc_id,headline,published,body\n"
            + "1,\"Titre, avec virgule\",2021-01-05,\"Ligne un,\nligne deux \"\"citée\"\".\"\n"
            + "2,Simple,2021-01-06 08:00:00,Texte simple\n"
            + "3,Trop,2021-01-07,a,b,c\n"
            + "4,Vide,,\n",
        StandardCharsets.UTF_8);
    Corpus corpus = read(InputFormat.AUTO, CUSTOM, file.toString());
    Map<String, Row> byId = byId(corpus.articles());

    Row one = byId.get("1");
    assertEquals("Titre, avec virgule", one.getAs(Columns.TITLE));
    assertEquals("Ligne un,\nligne deux \"citée\".", one.getAs(Columns.TEXT));
    assertEquals("2021-01-05", one.getAs(Columns.DATE));
    assertNull(one.getAs(Columns.SOURCE), "src is not a column of this file");
    assertEquals("2021-01-06", byId.get("2").getAs(Columns.DATE));
    assertEquals("", byId.get("4").getAs(Columns.TEXT));
    assertNull(byId.get("4").getAs(Columns.DATE));

    List<Row> rejected = corpus.rejected().collectAsList();
    assertEquals(1, rejected.size(), rejected.toString());
    assertTrue(((String) rejected.get(0).getAs(Corpus.REJECTED_RECORD)).startsWith("3,Trop"));
    assertEquals(Set.of("1", "2", "4"), byId.keySet());
  }

  // ---------------------------------------------------------------- Parquet

  @Test
  void readsParquetFolderWrittenBySpark() {
    StructType schema =
        new StructType()
            .add("doc_id", DataTypes.LongType)
            .add("headline", DataTypes.StringType)
            .add("published", DataTypes.DateType)
            .add("body", DataTypes.StringType);
    Dataset<Row> df =
        spark.createDataFrame(
            List.of(
                RowFactory.create(1L, "Un", java.sql.Date.valueOf("2022-03-04"), "Texte\u00A0un"),
                RowFactory.create(2L, "Deux", null, null)),
            schema);
    Path out = tmp.resolve("parquet-out");
    df.coalesce(1).write().parquet(out.toString());

    Corpus corpus = read(InputFormat.AUTO, CUSTOM, out.toString());
    Map<String, Row> byId = byId(corpus.articles());
    assertEquals(Set.of("1", "2"), byId.keySet());
    assertEquals("2022-03-04", byId.get("1").getAs(Columns.DATE));
    assertEquals("Texte un", byId.get("1").getAs(Columns.TEXT));
    assertEquals("", byId.get("2").getAs(Columns.TEXT));
    assertEquals(0, corpus.rejected().count());
  }

  @Test
  void parquetWithoutTextColumnFailsClearly() {
    Path out = tmp.resolve("notext.parquet");
    spark.range(3).toDF("doc_id").coalesce(1).write().parquet(out.toString());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> read(InputFormat.AUTO, CUSTOM, out.toString()));
    assertTrue(e.getMessage().contains(out.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("[doc_id]"), e.getMessage());
    assertTrue(e.getMessage().contains("'body'"), e.getMessage());
    assertTrue(e.getMessage().contains("--text-col"), e.getMessage());
  }

  // ---------------------------------------------------------------- paths

  @Test
  void missingPathFailsClearly() {
    String missing = tmp.resolve("nowhere").toString();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> read(InputFormat.AUTO, CUSTOM, missing));
    assertEquals("input not found: " + missing, e.getMessage());
    String glob = tmp.resolve("*.jsonl").toString();
    e = assertThrows(IllegalArgumentException.class, () -> read(InputFormat.AUTO, CUSTOM, glob));
    assertEquals("input not found: " + glob, e.getMessage());
  }

  @Test
  void unknownExtensionFailsClearly() throws IOException {
    Path file = tmp.resolve("export.xml");
    Files.writeString(file, "<a/>");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> read(InputFormat.AUTO, CUSTOM, file.toString()));
    assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains(".jsonl"), e.getMessage());
  }

  @Test
  void mixedInputsAreUnioned() throws IOException {
    Path file = tmp.resolve("more.jsonl");
    Files.writeString(file, "{\"id\": \"j1\", \"text\": \"Un\"}\n{\"id\": \"j2\", \"text\": \"Deux\"}\nnot json\n");
    Corpus corpus = read(InputFormat.AUTO, ColumnMapping.defaults(), SAMPLE.toString(), file.toString());
    assertEquals(7, corpus.articles().count());
    assertEquals(1, corpus.rejected().count());
    assertTrue(byId(corpus.articles()).containsKey("j2"));
  }

  @Test
  void globOfTextFiles() throws IOException {
    Files.createDirectories(tmp.resolve("a/b"));
    Files.writeString(tmp.resolve("a/b/x.txt"), "X");
    Files.writeString(tmp.resolve("a/y.txt"), "Y");
    Corpus corpus = read(InputFormat.AUTO, ColumnMapping.defaults(), tmp.resolve("a/*").toString());
    assertEquals(Set.of("b/x.txt", "y.txt"), byId(corpus.articles()).keySet());
  }

  // ---------------------------------------------------------------- real corpus

  @Test
  void readsOrangeSum() {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(ORANGESUM), "OrangeSum not available");
    Corpus corpus = read(InputFormat.AUTO, ColumnMapping.defaults(), ORANGESUM.toString());
    Dataset<Row> articles = corpus.articles();
    Row stats =
        articles
            .agg(
                count(lit(1)),
                sum(when(col(Columns.DATE).rlike("^\\d{4}-\\d{2}-\\d{2}$"), 0).otherwise(1)),
                sum(when(col(Columns.TEXT).contains("\u00A0"), 1).otherwise(0)),
                sum(when(col(Columns.ID).equalTo("2").and(col(Columns.DATE).equalTo("2020-07-02"))
                    .and(col(Columns.SECTION).equalTo("france")), 1).otherwise(0)))
            .first();
    assertEquals(35_987L, stats.getLong(0), "articles");
    assertEquals(0L, stats.getLong(1), "dates not yyyy-MM-dd");
    assertEquals(0L, stats.getLong(2), "texts with a no-break space");
    assertEquals(1L, stats.getLong(3), "article 2 with its date and section");
    assertEquals(0, corpus.rejected().count());
  }

  @Test
  void fileNamesWithSpacesAndAccentsInOriginAndGeneratedIds() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("dossier été"));
    Path file = dir.resolve("a b é.jsonl");
    Files.writeString(file, "{\"text\": \"Un\"}\n{oops\n");
    Corpus corpus = read(InputFormat.AUTO, ColumnMapping.defaults(), file.toString());
    Row article = corpus.articles().first();
    assertEquals("a b é.jsonl:0", article.getAs(Columns.ID));
    assertTrue(((String) article.getAs(Columns.ORIGIN)).endsWith("/dossier été/a b é.jsonl"),
        (String) article.getAs(Columns.ORIGIN));
    Row bad = corpus.rejected().first();
    assertEquals("{oops", bad.getAs(Corpus.REJECTED_RECORD));
    assertEquals((String) article.getAs(Columns.ORIGIN), (String) bad.getAs(Corpus.REJECTED_ORIGIN));
  }

  // ---------------------------------------------------------------- helpers

  @Test
  void aGzipFileIsParsedOnEveryCoreAndKeepsItsRecordNumbersAsIds() throws IOException {
    Path file = tmp.resolve("spread.jsonl.gz");
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      lines.append("{\"text\": \"Article ").append(i).append("\"}\n").append(i == 10 ? "\n" : "");
    }
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
    }
    Corpus corpus = read(InputFormat.AUTO, ColumnMapping.defaults(), file.toString());
    // One unsplittable file, yet the parsing runs in defaultParallelism tasks.
    assertEquals(spark.sparkContext().defaultParallelism(), corpus.articles().javaRDD().getNumPartitions());
    Map<String, Row> articles = byId(corpus.articles());
    assertEquals(40, articles.size());
    for (int i = 0; i < 40; i++) {
      assertEquals("Article " + i, articles.get("spread.jsonl.gz:" + i).getAs(Columns.TEXT), "record " + i);
    }
  }

  @Test
  void smallTextFilesAreReadInTasksOfManyFiles() throws IOException {
    Path dir = tmp.resolve("small");
    int files = 400;
    for (int i = 0; i < files; i++) {
      Path file = dir.resolve("d" + i / 100).resolve("a" + i + ".txt");
      Files.createDirectories(file.getParent());
      Files.writeString(file, "Titre " + i + "\n\nTexte de l'article " + i + ".");
    }
    Corpus corpus = read(InputFormat.AUTO, ColumnMapping.defaults(), dir.toString());
    // Spark alone packs them 32 to a task (a 4 MB open cost per file): 13 tasks for 400 files.
    int cores = spark.sparkContext().defaultParallelism();
    assertEquals(TextFileSource.readTasks(0, cores), corpus.records().javaRDD().getNumPartitions());
    Map<String, Row> articles = byId(corpus.articles());
    assertEquals(files, articles.size());
    for (int i = 0; i < files; i++) {
      Row article = articles.get("d" + i / 100 + "/a" + i + ".txt");
      assertEquals("Titre " + i + "\n\nTexte de l'article " + i + ".", article.getAs(Columns.TEXT));
    }
  }

  private static Corpus read(InputFormat format, ColumnMapping columns, String... paths) {
    return reader.read(new InputConfig(List.of(paths), format, columns));
  }

  /** Collects the articles (small test data) by id, failing on duplicate ids. */
  private static Map<String, Row> byId(Dataset<Row> articles) {
    Map<String, Row> byId = new HashMap<>();
    for (Row row : articles.collectAsList()) {
      Row previous = byId.put(row.getAs(Columns.ID), row);
      assertNull(previous, "duplicate id " + row.getAs(Columns.ID));
    }
    return byId;
  }

}
