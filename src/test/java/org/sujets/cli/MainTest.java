package org.sujets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujets.LocalSpark;

class MainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    LocalSpark.session(); // a joined session: the command must not stop it
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void helpDocumentsEveryOptionWithDefaults() {
    assertEquals(0, run("run", "--help"));
    String help = out.toString();
    for (String option : new String[] {"--input", "--output", "--topics", "--iterations", "--seed",
        "--master", "--overwrite", "--stemmer", "--min-df", "--max-df", "--vocab-size", "--optimizer"}) {
      assertTrue(help.contains(option), "help lacks " + option);
    }
    assertTrue(help.contains("Default: auto"), help);
  }

  @Test
  void badOptionValuesAreUsageErrors() {
    assertEquals(ExitCodes.USAGE, run("run", "--topics", "0"));
    assertTrue(err.toString().contains("--topics must be between 2 and 1000, got 0"), err.toString());
    assertEquals(ExitCodes.USAGE, run("run", "--no-such-option"));
    assertEquals(ExitCodes.USAGE, run("run", "--stemmer", "porter"));
    assertEquals(ExitCodes.USAGE, run("run", "--iterations", "-5"));
    assertEquals(ExitCodes.USAGE, run("run", "--min-df", "3", "--max-df", "2", "--topics", "x"));
  }

  @Test
  void aMissingInputIsAOneLineFailure(@TempDir Path dir) {
    int code = run("run", "--input", dir.resolve("nowhere").toString(), "--output", dir.resolve("out").toString());
    assertEquals(ExitCodes.FAILURE, code);
    String first = err.toString().lines().filter(l -> l.startsWith("sujets: error:")).findFirst().orElse("");
    assertTrue(first.contains("nowhere"), err.toString());
    assertTrue(!err.toString().contains("\tat "), "a stack trace was printed without --verbose");
  }
}
