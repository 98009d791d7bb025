package org.sujets.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The labels file format: what it accepts, and each bad line refused with its file and line. */
class GivenLabelsTest {
  @Test
  void readsNamesSkippingCommentsAndBlankLines() {
    String text = "\uFEFF# Sujets de 2023\r\n\r\n3: Réforme des retraites\r\n  1 :  \"Guerre en Ukraine\"  \n"
        + "7:#MeToo et après\n# 2: kim · poutine\n";
    GivenLabels labels = GivenLabels.parse("labels.txt", text);
    assertEquals(Map.of(1, "Guerre en Ukraine", 3, "Réforme des retraites", 7, "#MeToo et après"), labels.byId());
    assertEquals(3, labels.entries().get(0).line());
    assertEquals(java.util.List.of(1, 3, 7), java.util.List.copyOf(labels.byId().keySet()), "in id order");
  }

  @Test
  void namesAreNfcNormalised() {
    String decomposed = "Re\u0301forme";
    assertEquals("R\u00e9forme", GivenLabels.parse("f", "1: " + decomposed).byId().get(1));
  }

  @Test
  void eachBadLineIsRefusedWithItsFileAndLine() {
    assertEquals("f.txt, line 2: expected ID: NAME (e.g. 3: Réforme des retraites), got 'trois: Réforme'",
        message("1: a\ntrois: Réforme"));
    assertEquals("f.txt, line 1: expected ID: NAME (e.g. 3: Réforme des retraites), got '3 = Réforme'",
        message("3 = Réforme"));
    assertEquals("f.txt, line 3: topic 1 is already named on line 1", message("1: a\n\n1: b"));
    assertEquals("f.txt, line 1: topic ids start at 1, got 0", message("0: a"));
    assertEquals("f.txt, line 1: topic 2: the name is empty", message("2:   "));
    assertEquals("f.txt, line 1: topic 2: the name is empty", message("2: \"\""));
    assertEquals("f.txt, line 1: topic 2: the name holds a control character", message("2: a\u0007b"));
    assertEquals("f.txt, line 1: topic 2: the name is longer than 100 characters", message("2: " + "x".repeat(101)));
    assertEquals("x".repeat(100), GivenLabels.parse("f", "2: " + "x".repeat(100)).byId().get(2));
  }

  @Test
  void idsBeyondTheTopicsAreRefusedWithTheRange() {
    GivenLabels labels = GivenLabels.parse("f.txt", "1: a\n\n6: b");
    labels.checkTopics(6);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> labels.checkTopics(5));
    assertEquals("f.txt, line 3: topic 6 does not exist: the topics are 1..5", e.getMessage());
  }

  @Test
  void aRunWithAGivenNumberOfTopicsChecksTheIdsAtOnce() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new JobConfig(
        new InputConfig(java.util.List.of("in.jsonl"), InputFormat.AUTO, ColumnMapping.defaults()),
        AnalysisConfig.defaults(), VocabularyConfig.auto(),
        new LdaConfig(2, null, LdaOptimizer.ONLINE, 42L, null, null, null, null, null, null),
        OutputConfig.defaults("out", false), QualityConfig.defaults(), CleanupConfig.defaults(), TopicSweep.none(),
        GivenLabels.parse("f.txt", "3: c")));
    assertTrue(e.getMessage().startsWith("f.txt, line 1: topic 3 does not exist: the topics are 1..2"), e.getMessage());
  }

  private static String message(String text) {
    return assertThrows(IllegalArgumentException.class, () -> GivenLabels.parse("f.txt", text)).getMessage();
  }
}
