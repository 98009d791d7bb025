package org.sujets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sujets.config.DedupConfig;
import picocli.CommandLine;

class DedupOptionsTest {
  private static DedupConfig parse(String... args) {
    RunCommand command = new RunCommand();
    new CommandLine(command).parseArgs(args);
    return command.config().cleanup().dedup();
  }

  @Test
  void onByDefaultAndOffWithNoDedup() {
    DedupConfig defaults = parse();
    assertTrue(defaults.enabled());
    assertEquals(DedupConfig.defaults(), defaults);
    assertFalse(parse("--no-dedup").enabled());
    assertTrue(parse("--dedup").enabled());
    assertEquals(0.8, parse("--dedup-threshold", "0.8").threshold());
    DedupConfig banded = parse("--dedup-bands", "30", "--dedup-rows", "4");
    assertEquals(30, banded.bands());
    assertEquals(4, banded.rows());
  }

  @Test
  void outOfRangeValuesAreUsageErrorsNamingTheOption() {
    CommandLine.ParameterException e =
        assertThrows(CommandLine.ParameterException.class, () -> parse("--dedup-threshold", "0"));
    assertTrue(e.getMessage().contains("--dedup-threshold must be in (0, 1], got 0.0"), e.getMessage());
    assertThrows(CommandLine.ParameterException.class, () -> parse("--dedup-shingle-size", "21"));
    assertThrows(CommandLine.ParameterException.class, () -> parse("--dedup-bands", "0"));
    assertThrows(CommandLine.ParameterException.class, () -> parse("--dedup-rows", "21"));
  }
}
