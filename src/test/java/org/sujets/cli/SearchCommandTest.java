package org.sujets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujets.LocalSpark;
import org.sujets.job.TwoSubjectsRun;

/** {@code sujets search} on the command line: what it prints and its exit codes. */
class SearchCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    LocalSpark.session(); // a joined session: the command must not stop it
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  private static String model() {
    return TwoSubjectsRun.output().resolve("model").toString();
  }

  @Test
  void aKnownWordListsItsTopicsWithTheirArticlesAndExitsZero() {
    assertEquals(ExitCodes.OK, run("search", "--model", model(), "Ferrari"), err.toString());
    String text = out.toString();
    assertTrue(text.startsWith("\"Ferrari\" → ferrari\n"), text);
    assertTrue(text.contains("\n1. topic "), text);
    assertTrue(text.contains("\n2. topic "), text);
    assertTrue(text.contains("ferrari: word "), text);
    assertTrue(text.contains("   words: "), text);
    assertTrue(text.matches("(?s).*\\n   \\d\\.\\d\\d  2019-\\d\\d-\\d\\d  \\d+  .*"), "no dated article line:\n" + text);
  }

  @Test
  void wordsAreJoinedIntoOneQueryAndTopLimitsTheTopics() {
    assertEquals(ExitCodes.OK, run("search", "--model", model(), "--top", "1", "nicolas", "sarkozy"));
    assertTrue(out.toString().startsWith("\"nicolas sarkozy\" → nicolas sarkozy\n"), out.toString());
    assertFalse(out.toString().contains("2. topic"), out.toString());
  }

  @Test
  void unknownWordsAreOneLineAndExitOne() {
    assertEquals(ExitCodes.FAILURE, run("search", "--model", model(), "zorglub", "bulgroz"));
    assertEquals("", out.toString());
    assertEquals(List.of("sujets: \"zorglub bulgroz\": not in the model's vocabulary: zorglub, bulgroz"),
        err.toString().lines().filter(l -> l.startsWith("sujets")).toList(), err.toString());
  }

  @Test
  void someUnknownWordsAreNamedAndTheOthersSearched() {
    assertEquals(ExitCodes.OK, run("search", "--model", model(), "ferrari zorglub"));
    assertTrue(out.toString().startsWith("\"ferrari zorglub\" → ferrari  (not in the vocabulary, ignored: zorglub)\n"),
        out.toString());
  }

  @Test
  void jsonIsForScripts() throws IOException {
    assertEquals(ExitCodes.OK, run("search", "--model", model(), "--json", "ventes"));
    JsonNode result = new ObjectMapper().readTree(out.toString());
    assertEquals("ventes", result.get("query").asText());
    assertEquals("vente", result.get("terms").get(0).asText());
    JsonNode best = result.get("topics").get(0);
    for (String field : List.of("id", "label", "score", "words", "matches", "articles")) {
      assertTrue(best.has(field), field);
    }
    assertTrue(best.get("articles").get(0).get("date").asText().startsWith("2019-"), best.toString());
  }

  @Test
  void jsonOfUnknownWordsIsStillJsonAndExitsOne() throws IOException {
    assertEquals(ExitCodes.FAILURE, run("search", "--model", model(), "--json", "zorglub"));
    JsonNode result = new ObjectMapper().readTree(out.toString());
    assertEquals("zorglub", result.get("unknown").get(0).asText());
    assertEquals(0, result.get("topics").size());
  }

  @Test
  void usageErrorsExitTwoBeforeSparkStarts() {
    assertEquals(ExitCodes.USAGE, run("search", "ferrari"));
    assertTrue(err.toString().contains("--model"), err.toString());
    assertEquals(ExitCodes.USAGE, run("search", "--model", "m"));
    assertEquals(ExitCodes.USAGE, run("search", "--model", "m", "--top", "0", "ferrari"));
    assertEquals(ExitCodes.USAGE, run("search", "--model", "m", " "));
    assertEquals(ExitCodes.USAGE, run("search", "--model", "m", "--master", "nowhere", "ferrari"));
  }

  @Test
  void aTopicNamedWithLabelIsShownByItsName(@TempDir Path dir) throws IOException {
    Path copy = dir.resolve("run");
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(TwoSubjectsRun.output())) {
      for (Path file : files.toList()) {
        java.nio.file.Files.copy(file, copy.resolve(TwoSubjectsRun.output().relativize(file).toString()));
      }
    }
    String model = copy.resolve("model").toString();
    assertEquals(ExitCodes.OK, run("label", "--model", model, "1=Sujet un", "2=Sujet deux"), err.toString());
    assertEquals(ExitCodes.OK, run("search", "--model", model, "ferrari"), err.toString());
    assertTrue(out.toString().contains("\n1. topic 1 · Sujet un   ") || out.toString().contains("\n1. topic 2 · Sujet deux   "),
        out.toString());
  }

  @Test
  void aFolderWithoutAModelIsAOneLineFailure(@TempDir Path dir) {
    assertEquals(ExitCodes.FAILURE, run("search", "--model", dir.toString(), "ferrari"));
    List<String> errors = err.toString().lines().filter(l -> l.startsWith("sujets: error:")).toList();
    assertEquals(1, errors.size(), err.toString());
    assertTrue(errors.get(0).contains("no Sujets model in"), errors.get(0));
    assertFalse(err.toString().contains("\tat "), "a stack trace without --verbose");
  }
}
