package org.sujets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujets.config.JobConfig;
import org.sujets.config.TopicSweep;
import picocli.CommandLine;

/** What --topics means for run (no Spark): omitted = size rule, a number = given, auto = sweep. */
class TopicsOptionTest {
  @TempDir Path dir;

  private JobConfig config(String... topics) {
    RunCommand command = new RunCommand();
    String[] args = new String[topics.length + 2];
    args[0] = "--output";
    args[1] = dir.resolve("out").toString();
    System.arraycopy(topics, 0, args, 2, topics.length);
    new CommandLine(command).parseArgs(args);
    return command.config();
  }

  @Test
  void omittedIsTheSizeRuleWithoutASweep() {
    JobConfig c = config();
    assertNull(c.lda().topics());
    assertFalse(c.topicSweep().asked());
  }

  @Test
  void aNumberIsGiven() {
    JobConfig c = config("--topics", "7");
    assertEquals(7, c.lda().topics());
    assertFalse(c.topicSweep().asked());
  }

  @Test
  void autoSweepsTheDefaultListOrTheOneGiven() {
    JobConfig c = config("--topics", "auto");
    assertNull(c.lda().topics());
    assertEquals(TopicSweep.defaults(), c.topicSweep());
    JobConfig listed = config("-k", "AUTO:15,5");
    assertEquals(TopicSweep.of(List.of(15, 5)), listed.topicSweep());
    assertThrows(CommandLine.ParameterException.class, () -> config("--topics", "auto:5,x"));
    assertThrows(CommandLine.ParameterException.class, () -> config("--topics", "5,10"));
  }

  @Test
  void tuneReadsAListAndAutoAlike() {
    assertEquals(TopicSweep.of(List.of(3, 4)), tune("--topics", "auto:3,4").sweep());
    assertEquals(TopicSweep.of(List.of(3, 4)), tune("--topics", "3,4").sweep());
    assertEquals(TopicSweep.defaults(), tune().sweep());
    assertFalse(tune("--topics", "3,4", "--output", dir.resolve("t").toString()).config().topicSweep().asked(),
        "tune sweeps by itself, not through the run config");
  }

  private static TuneCommand tune(String... args) {
    TuneCommand tune = new TuneCommand();
    new CommandLine(tune).parseArgs(args);
    return tune;
  }
}
