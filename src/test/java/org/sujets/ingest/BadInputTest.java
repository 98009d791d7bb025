package org.sujets.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujets.LocalSpark;
import org.sujets.config.ColumnMapping;
import org.sujets.config.InputConfig;
import org.sujets.config.InputFormat;

/** Issue 6: every bad input a reader can meet ends in a clear error or a counted reject. */
class BadInputTest {
  private static final String FRENCH = "Les députés votent la loi à l'Assemblée nationale.";
  @TempDir Path tmp;

  private static Corpus read(String... paths) {
    return new CorpusReader(LocalSpark.session())
        .read(new InputConfig(List.of(paths), InputFormat.AUTO, ColumnMapping.defaults()));
  }

  private static Map<String, Row> byId(Dataset<Row> articles) {
    return articles.collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs(Columns.ID), r -> r));
  }

  @Test
  void binaryTxtIsRejectedAndUtf16WithBomIsDecoded() throws IOException {
    Files.writeString(tmp.resolve("ok.txt"), FRENCH);
    Files.write(tmp.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
    byte[] le = ("\uFEFF" + FRENCH).getBytes(StandardCharsets.UTF_16LE);
    Files.write(tmp.resolve("le.txt"), le);
    byte[] be = ("\uFEFF" + FRENCH).getBytes(StandardCharsets.UTF_16BE);
    Files.write(tmp.resolve("be.txt"), be);
    Files.write(tmp.resolve("bom8.txt"), ("\uFEFF" + FRENCH).getBytes(StandardCharsets.UTF_8));

    Corpus corpus = read(tmp.toString());
    Map<String, Row> articles = byId(corpus.articles());
    assertEquals(List.of("be.txt", "bom8.txt", "le.txt", "ok.txt"), articles.keySet().stream().sorted().toList());
    for (String id : List.of("be.txt", "bom8.txt", "le.txt", "ok.txt")) {
      assertEquals(FRENCH, articles.get(id).getAs(Columns.TEXT), id);
    }
    assertEquals("UTF-16LE", articles.get("le.txt").getAs(Columns.FALLBACK_CHARSET));
    assertNull(articles.get("bom8.txt").getAs(Columns.FALLBACK_CHARSET));
    List<Row> rejected = corpus.rejected().collectAsList();
    assertEquals(1, rejected.size());
    assertTrue(((String) rejected.get(0).getAs(Corpus.REJECTED_ORIGIN)).endsWith("image.txt"));
    assertTrue(((String) rejected.get(0).getAs(Corpus.REJECTED_REASON)).startsWith("binary file"));
  }

  @Test
  void aFolderWithoutTxtFilesSaysWhatItHolds() throws IOException {
    Files.write(tmp.resolve("a.pdf"), new byte[] {'%', 'P', 'D', 'F'});
    Files.write(tmp.resolve("b.pdf"), new byte[] {'%', 'P', 'D', 'F'});
    Files.write(tmp.resolve("c.docx"), new byte[] {'P', 'K'});
    var e = assertThrows(IllegalArgumentException.class, () -> read(tmp.toString()));
    assertTrue(e.getMessage().contains("no .txt file in " + tmp), e.getMessage());
    assertTrue(e.getMessage().contains("2 .pdf, 1 .docx"), e.getMessage());
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    var e2 = assertThrows(IllegalArgumentException.class, () -> read(empty.toString()));
    assertTrue(e2.getMessage().contains("found no file"), e2.getMessage());
  }

  @Test
  void malformedJsonLinesCarryTheirLineNumbers() throws IOException {
    Path file = tmp.resolve("a.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\":\"1\",\"text\":\"" + FRENCH + "\"}",
        "",
        "{\"id\":\"2\",\"text\":\"cassé",
        "{\"id\":\"3\",\"text\":null}",
        "pas du JSON",
        "{\"id\":\"4\",\"text\":\"" + FRENCH + "\"}") + "\n");
    Corpus corpus = read(file.toString());
    List<Row> rejected = corpus.rejected().orderBy(Corpus.REJECTED_LINE).collectAsList();
    assertEquals(List.of(3L, 5L), rejected.stream().map(r -> r.<Long>getAs(Corpus.REJECTED_LINE)).toList());
    assertEquals("pas du JSON", rejected.get(1).getAs(Corpus.REJECTED_RECORD));
    Map<String, Row> articles = byId(corpus.articles());
    assertEquals(List.of("1", "3", "4"), articles.keySet().stream().sorted().toList());
    assertEquals("", articles.get("3").getAs(Columns.TEXT), "null text reads as an empty article");
  }

  @Test
  void articlesAndRejectedComeFromOneCachedReadOfTheRecords() throws IOException {
    Path file = tmp.resolve("a.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\":\"1\",\"text\":\"" + FRENCH + "\"}",
        "pas du JSON",
        "{\"id\":\"2\",\"text\":\"" + FRENCH + "\"}") + "\n");
    Path txt = Files.createDirectories(tmp.resolve("txt"));
    Files.writeString(txt.resolve("ok.txt"), FRENCH);
    Files.write(txt.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
    Dataset<Row> records = read(file.toString(), txt.toString()).records().cache();
    try {
      assertEquals(5, records.count());
      // The cache is all the split needs: with the input gone, a second read would fail.
      Files.delete(file);
      Files.delete(txt.resolve("ok.txt"));
      Files.delete(txt.resolve("image.txt"));
      Corpus corpus = Corpus.of(records);
      assertEquals(List.of("1", "2", "ok.txt"), byId(corpus.articles()).keySet().stream().sorted().toList());
      assertEquals(FRENCH, byId(corpus.articles()).get("2").getAs(Columns.TEXT));
      List<Row> rejected = corpus.rejected().orderBy(Corpus.REJECTED_ORIGIN).collectAsList();
      assertEquals(2, rejected.size());
      assertEquals(2L, rejected.get(0).<Long>getAs(Corpus.REJECTED_LINE));
      assertEquals("pas du JSON", rejected.get(0).getAs(Corpus.REJECTED_RECORD));
      assertTrue(((String) rejected.get(1).getAs(Corpus.REJECTED_REASON)).startsWith("binary file"));
      assertEquals(Corpus.ARTICLE_SCHEMA, corpus.articles().schema());
      assertEquals(Corpus.REJECTED_SCHEMA.fieldNames().length, corpus.rejected().schema().fieldNames().length);
    } finally {
      records.unpersist();
    }
  }

  @Test
  void linesOfLargeFilesAreNumberedPerBlockAndSaySo() throws IOException {
    SparkSession spark = LocalSpark.session();
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 400; i++) {
      lines.append(i == 350 ? "{broken" : "{\"id\":\"" + i + "\",\"text\":\"" + FRENCH + "\"}").append('\n');
    }
    Path file = tmp.resolve("big.jsonl");
    Files.writeString(file, lines);
    String key = "spark.sql.files.maxPartitionBytes";
    String before = spark.conf().get(key);
    spark.conf().set(key, "8192");
    try {
      // Every line of the first block has its file line number.
      List<Row> numbered = LineNumbers.read(spark, file.toString())
          .filter(org.apache.spark.sql.functions.col(LineNumbers.BLOCK).equalTo(0)).collectAsList();
      assertFalse(numbered.isEmpty());
      for (Row r : numbered) {
        String value = r.getAs(LineNumbers.VALUE);
        assertEquals("{\"id\":\"" + r.<Long>getAs(LineNumbers.LINE) + "\"", value.substring(0, value.indexOf(",")));
      }
      Row bad = read(file.toString()).rejected().first();
      assertNull(bad.getAs(Corpus.REJECTED_LINE));
      String reason = bad.getAs(Corpus.REJECTED_REASON);
      assertTrue(reason.matches(".*\\(line \\d+ counted from byte [1-9]\\d* of the file\\)"), reason);
    } finally {
      spark.conf().set(key, before);
    }
  }

  @Test
  void duplicateIdsAreCountedAndRenamedDeterministically() throws IOException {
    Path a = tmp.resolve("a.jsonl");
    Files.writeString(a, "{\"id\":\"x\",\"text\":\"un\"}\n{\"id\":\"y\",\"text\":\"deux\"}\n");
    Path b = tmp.resolve("b.jsonl");
    Files.writeString(b, "{\"id\":\"x\",\"text\":\"trois\"}\n{\"id\":\"x\",\"text\":\"quatre\"}\n");
    Dataset<Row> articles = read(a.toString(), b.toString()).articles();
    DuplicateIds.Found found = DuplicateIds.find(articles, 5);
    assertEquals(2, found.extra());
    assertEquals(List.of("x"), found.examples());
    Map<String, Row> renamed = byId(DuplicateIds.disambiguate(articles.repartition(3)));
    assertEquals(List.of("x", "x#2", "x#3", "y"), renamed.keySet().stream().sorted().toList());
    assertEquals("un", renamed.get("x").getAs(Columns.TEXT), "the first file keeps the id");
    assertEquals(byId(DuplicateIds.disambiguate(articles.repartition(1))).keySet(), renamed.keySet());
    assertEquals(0, DuplicateIds.find(DuplicateIds.disambiguate(articles), 5).extra());
  }

  @Test
  void aParquetFolderWithAnotherSchemaAmongItsFiles() throws IOException {
    SparkSession spark = LocalSpark.session();
    Path dir = tmp.resolve("pq");
    spark.sql("select '1' as id, '" + FRENCH.replace("'", "\\'") + "' as text").coalesce(1)
        .write().parquet(tmp.resolve("p1").toString());
    spark.sql("select 7 as id, 'x' as body").coalesce(1).write().parquet(tmp.resolve("p2").toString());
    Files.createDirectories(dir);
    try (var s = Files.list(tmp.resolve("p1"))) {
      Files.copy(s.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow(), dir.resolve("a.parquet"));
    }
    try (var s = Files.list(tmp.resolve("p2"))) {
      Files.copy(s.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow(), dir.resolve("b.parquet"));
    }
    // Spark takes the schema from one footer: the file whose id is a number then fails the scan;
    // the job must say which file and why (FailureMessages shows Spark's message, which names both).
    try {
      Map<String, Row> articles = byId(read(dir.toString()).articles());
      assertEquals(FRENCH, articles.get("1").getAs(Columns.TEXT));
    } catch (Exception e) {
      String m = org.sujets.TestMessages.oneLine(e);
      assertTrue(m.contains("b.parquet") || m.contains("no text column"), m);
    }
  }

  @Test
  void unreadableFileFailsWithItsName() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root reads files whatever their mode");
    Path file = tmp.resolve("secret.txt");
    Files.writeString(file, FRENCH);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    var e = assertThrows(Exception.class, () -> read(tmp.toString()).articles().count());
    assertTrue(org.sujets.TestMessages.oneLine(e).contains("secret.txt"), org.sujets.TestMessages.oneLine(e));
  }
}
