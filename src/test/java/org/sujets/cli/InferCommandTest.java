package org.sujets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujets.LocalSpark;

class InferCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    LocalSpark.session(); // a joined session: the command must not stop it
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void helpListsTheModelInputColumnAndSparkOptions() {
    assertEquals(ExitCodes.OK, run("infer", "--help"));
    for (String option : List.of("--model", "--input", "--output", "--format", "--text-col", "--date-col",
        "--master", "--conf", "--article-keywords")) {
      assertTrue(out.toString().contains(option), "help lacks " + option);
    }
  }

  @Test
  void modelInputAndOutputAreRequired() {
    assertEquals(ExitCodes.USAGE, run("infer", "--input", "x", "--output", "y"));
    assertTrue(err.toString().contains("--model"), err.toString());
  }

  @Test
  void aModelOfAnotherFormatVersionIsAOneLineFailure(@TempDir Path dir) throws IOException {
    Path model = dir.resolve("model");
    Files.createDirectories(model);
    Files.writeString(model.resolve("model.json"), "{\"formatVersion\": 0}");
    int code = run("infer", "--model", model.toString(), "--input", LocalSpark.sampleDir(),
        "--output", dir.resolve("out").toString());
    assertEquals(ExitCodes.FAILURE, code);
    List<String> errors = err.toString().lines().filter(l -> l.startsWith("sujets: error:")).toList();
    assertEquals(1, errors.size(), err.toString());
    assertTrue(errors.get(0).contains("has format version 0, this Sujets reads versions 1 to 2"), errors.get(0));
    assertFalse(err.toString().contains("\tat "), "a stack trace was printed without --verbose");
    assertFalse(Files.exists(dir.resolve("out")));
  }
}
