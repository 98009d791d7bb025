package org.sujets.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed-words file format, and how guided topics meet k and --labels. */
class SeedWordsTest {
  @Test
  void readsNamesAndWordsInFileOrder() {
    String text = "\uFEFF# guided\r\n\r\nÉpidémie: covid confinement, masques\r\n  \"Crise : énergie\" : gaz;"
        + " prix  de l'électricité ;gaz\nRe\u0301forme: retraites\n";
    SeedWords seeds = SeedWords.parse("seeds.txt", text, 0.02);
    assertEquals(List.of(
        new SeedWords.Entry("Épidémie", List.of("covid confinement", "masques"), 3),
        new SeedWords.Entry("Crise : énergie", List.of("gaz", "prix de l'électricité"), 4),
        new SeedWords.Entry("R\u00e9forme", List.of("retraites"), 5)), seeds.entries());
    assertEquals(Map.of(1, "Épidémie", 2, "Crise : énergie", 3, "R\u00e9forme"), seeds.names());
    assertEquals(0.02, seeds.weight());
  }

  @Test
  void guidedTopicsCountTowardK() {
    SeedWords seeds = SeedWords.parse("seeds.txt", "A: x\nB: y\nC: z", SeedWords.DEFAULT_WEIGHT);
    seeds.checkTopics(3);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> seeds.checkTopics(2));
    assertEquals("seeds.txt seeds 3 topics but the run fits 2: the guided topics count toward --topics; ask for"
        + " at least 3", e.getMessage());
  }

  @Test
  void aLabelForAGuidedTopicIsRefusedOthersAreKept() {
    SeedWords seeds = SeedWords.parse("seeds.txt", "A: x\n# b\nB: y", SeedWords.DEFAULT_WEIGHT);
    seeds.checkApart(GivenLabels.parse("labels.txt", "3: Autre\n7: Encore"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> seeds.checkApart(GivenLabels.parse("labels.txt", "3: Autre\n2: Double")));
    assertEquals("labels.txt, line 2: topic 2 is the guided topic 'B' of seeds.txt, line 3; rename it there, or"
        + " label only topics 3 and above", e.getMessage());
  }

  @Test
  void theWeightIsARangeWithADefault() {
    assertEquals(SeedWords.DEFAULT_WEIGHT, SeedWords.none().weight());
    assertEquals(1.0, SeedWords.none().withWeight(1.0).weight());
    for (double bad : new double[] {0, -0.1, 1.01, Double.NaN}) {
      assertThrows(IllegalArgumentException.class, () -> SeedWords.none().withWeight(bad), "" + bad);
    }
  }
}
