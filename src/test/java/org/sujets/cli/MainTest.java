package org.sujets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
  void onlyAYarnClusterDriverAvoidsSystemExit() {
    java.util.Properties props = new java.util.Properties();
    assertFalse(Main.inYarnClusterDriver(props));
    props.setProperty("spark.master", "yarn");
    assertFalse(Main.inYarnClusterDriver(props));   // client mode: SparkSubmit is the driver
    props.setProperty("spark.submit.deployMode", "client");
    assertFalse(Main.inYarnClusterDriver(props));
    props.setProperty("spark.submit.deployMode", "cluster");
    assertTrue(Main.inYarnClusterDriver(props));
    props.setProperty("spark.master", "spark://127.0.0.1:7077");   // standalone cluster mode
    assertFalse(Main.inYarnClusterDriver(props));
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

  /** Issue 6: each bad option is one line on stderr and exit 2, before Spark does anything. */
  @Test
  void everyBadOptionIsAOneLineUsageError(@TempDir Path dir) {
    String[][] cases = {
      {"--topics", "0"}, {"--stemmer", "porter"}, {"--iterations", "-3"},
      {"--min-df", "3", "--max-df", "2"}, {"--min-df", "0.5", "--max-df", "0.2"},
      {"--master", "nowhere://x"}, {"--master", "local[0]"}, {"--mode", "lenient"},
      {"--conf", "novalue"},
      {"--output", LocalSpark.sampleDir() + "/out"},
    };
    String[] expected = {"--topics must be between 2 and 1000", "unknown stemmer 'porter'",
      "--iterations must be between 1 and 10000", "--max-df 2 is below --min-df 3",
      "--max-df 0.2 is below --min-df 0.5", "is not a Spark master URL", "is not a Spark master URL",
      "unknown --mode 'lenient'", "--conf expects KEY=VALUE", "is inside input"};
    for (int i = 0; i < cases.length; i++) {
      err.getBuffer().setLength(0);
      String[] args = new String[cases[i].length + 3];
      args[0] = "run";
      System.arraycopy(cases[i], 0, args, 1, cases[i].length);
      args[args.length - 2] = cases[i][0].equals("--output") ? "--input" : "--output";
      args[args.length - 1] = cases[i][0].equals("--output") ? LocalSpark.sampleDir() : dir.resolve("o").toString();
      assertEquals(ExitCodes.USAGE, run(args), String.join(" ", args) + ": " + err);
      assertTrue(err.toString().contains(expected[i]), String.join(" ", args) + ": " + err);
      assertTrue(!err.toString().contains("\tat "), "stack trace for " + String.join(" ", args));
    }
    assertTrue(!java.nio.file.Files.exists(dir.resolve("o")));
  }

  @Test
  void optionsOnlyWrongForThisCorpusFailWithOneLine(@TempDir Path dir) {
    assertEquals(ExitCodes.FAILURE, run("run", "--topics", "50", "--output", dir.resolve("a").toString()));
    assertTrue(err.toString().contains("--topics 50 is more than the 5 articles"), err.toString());
    err.getBuffer().setLength(0);
    assertEquals(ExitCodes.FAILURE, run("run", "--min-df", "50", "--output", dir.resolve("b").toString()));
    assertTrue(err.toString().contains("--min-df 50 is more than the 5 articles"), err.toString());
    assertTrue(!java.nio.file.Files.exists(dir.resolve("a")) && !java.nio.file.Files.exists(dir.resolve("b")));
  }
}
