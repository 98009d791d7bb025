package org.sujets.report;

import org.sujets.topics.TopicSummary;
import org.sujets.topics.ArticleShare;
import org.sujets.topics.WeightedWord;
import org.sujets.storage.Folder;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryWriterTest {
  private static final List<TopicSummary> TOPICS =
      List.of(new TopicSummary(1, "kim · poutine · russie", 1.0,
          List.of(new WeightedWord("kim", 0.03)), List.of(new ArticleShare("a", "Titre", 0.9))));

  @Test
  void topicsJsonDoesNotDependOnTheOrderOfTheQualityMap(@TempDir Path dir) throws IOException {
    Map<String, Double> oneOrder = new LinkedHashMap<>();
    oneOrder.put("diversity", 0.8);
    oneOrder.put("coherence", 0.64);
    Map<String, Double> otherOrder = new LinkedHashMap<>();
    otherOrder.put("coherence", 0.64);
    otherOrder.put("diversity", 0.8);
    SummaryWriter writer = new SummaryWriter();
    writer.writeTopics(Folder.local(dir.resolve("a")), TOPICS, new double[][] {{0}}, oneOrder);
    writer.writeTopics(Folder.local(dir.resolve("b")), TOPICS, new double[][] {{0}}, otherOrder);
    byte[] a = Files.readAllBytes(dir.resolve("a/topics.json"));
    assertArrayEquals(a, Files.readAllBytes(dir.resolve("b/topics.json")));
    String text = new String(a, java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(text.indexOf("\"coherence\"") < text.indexOf("\"diversity\""), text);
  }
}
