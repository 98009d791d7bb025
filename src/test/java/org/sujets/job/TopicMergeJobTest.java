package org.sujets.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujets.LocalSpark;
import org.sujets.config.AnalysisConfig;
import org.sujets.config.CleanupConfig;
import org.sujets.config.ColumnMapping;
import org.sujets.config.GivenLabels;
import org.sujets.config.InputConfig;
import org.sujets.config.InputFormat;
import org.sujets.config.JobConfig;
import org.sujets.config.LdaConfig;
import org.sujets.config.LdaOptimizer;
import org.sujets.config.OutputConfig;
import org.sujets.config.QualityConfig;
import org.sujets.config.TopicMerge;
import org.sujets.config.TopicSweep;
import org.sujets.config.VocabularyConfig;

/**
 * {@code --merge}: a 4-topic run on the 24 real articles of {@code two-subjects/train.jsonl}, then
 * the same run merging its two closest topics (the first merge of its topic tree), with names
 * given to every topic. The merged topic must hold about what its parts held, article by article,
 * and the other topics must keep their words and names.
 */
class TopicMergeJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int K = 4;
  private static JsonNode plain;
  private static JsonNode merged;
  private static JsonNode mergedRun;
  private static Map<String, Row> plainArticles;
  private static Map<String, Row> mergedArticles;
  private static int a;
  private static int b;

  @BeforeAll
  static void fitTwice(@TempDir Path dir) throws Exception {
    Path labels = Files.writeString(dir.resolve("labels.txt"), "1: Un\n2: Deux\n3: Trois\n4: Quatre\n");
    GivenLabels names = GivenLabels.parse(labels.toString(), Files.readString(labels));
    Path first = dir.resolve("plain");
    run(first, names, TopicMerge.none());
    plain = JSON.readTree(first.resolve("topics.json").toFile());
    JsonNode closest = plain.path("hierarchy").get(0);
    a = closest.path("left").asInt();
    b = closest.path("right").asInt();
    Path second = dir.resolve("merged");
    run(second, names, new TopicMerge(List.of(List.of(a, b)), null));
    merged = JSON.readTree(second.resolve("topics.json").toFile());
    mergedRun = JSON.readTree(second.resolve("run.json").toFile());
    plainArticles = InferJobTest.articles(first);
    mergedArticles = InferJobTest.articles(second);
  }

  private static void run(Path out, GivenLabels names, TopicMerge merge) {
    new TopicJob(LocalSpark.session(), JobProgress.silent()).run(new JobConfig(
        new InputConfig(List.of(TwoSubjectsRun.train().toString()), InputFormat.AUTO, ColumnMapping.defaults()),
        AnalysisConfig.defaults(), new VocabularyConfig(null, 2.0, null),
        new LdaConfig(K, null, LdaOptimizer.ONLINE, 42L, null, null, null, null, null, null),
        OutputConfig.defaults(out.toString(), false), QualityConfig.defaults(), CleanupConfig.defaults(),
        TopicSweep.none(), names, merge));
  }

  /** The first run's ids under each new id, by the documented rule (smallest id, then in order). */
  private static List<List<Integer>> expectedParts() {
    List<List<Integer>> parts = new ArrayList<>();
    for (int id = 1; id <= K; id++) {
      if (id == a) {
        parts.add(List.of(a, b));
      } else if (id != b) {
        parts.add(List.of(id));
      }
    }
    return parts;
  }

  @Test
  void topicsAreRenumberedByTheRuleAndSayWhereTheyComeFrom() {
    JsonNode topics = merged.path("topics");
    assertEquals(K - 1, topics.size());
    List<List<Integer>> parts = expectedParts();
    for (int i = 0; i < topics.size(); i++) {
      List<Integer> from = new ArrayList<>();
      topics.get(i).path("mergedFrom").forEach(n -> from.add(n.asInt()));
      assertEquals(i + 1, topics.get(i).path("id").asInt());
      assertEquals(parts.get(i), from, "topic " + (i + 1));
    }
    assertFalse(plain.path("topics").get(0).has("mergedFrom"), "a run that merges nothing does not say so");
    assertEquals(K - 2, merged.path("hierarchy").size(), "the tree of the merged topics");
    JsonNode parameters = mergedRun.path("parameters");
    assertEquals(K - 1, parameters.path("topics").asInt());
    assertEquals(K, parameters.path("merged").path("topicsBefore").asInt());
    assertEquals(JSON.valueToTree(parts), parameters.path("merged").path("mergedFrom"));
    assertTrue(mergedRun.path("stageSeconds").has("merge"));
  }

  @Test
  void givenNamesFollowTheirTopics() {
    String[] names = {"Un", "Deux", "Trois", "Quatre"};
    List<List<Integer>> parts = expectedParts();
    for (int i = 0; i < parts.size(); i++) {
      List<String> expected = parts.get(i).stream().map(id -> names[id - 1]).toList();
      assertEquals(String.join(" / ", expected), merged.path("topics").get(i).path("label").asText());
    }
  }

  /**
   * Each article's share of the merged topic is close to the sum of its shares of the parts, and
   * each kept topic's shares close to what they were. Measured with seed 42: a mean absolute
   * difference of 0.0002 for the merged topic, 0.0001 for the others (the subjects are far apart);
   * on 2,000 OrangeSum articles (8 topics, 6 and 7 merged) 0.014 and at most 0.006. A merged topic
   * started from one part alone would miss the other part's share (≈ its prevalence, 0.1–0.3 here).
   */
  @Test
  void articlesKeepTheirSharesTheMergedTopicHoldingWhatItsPartsHeld() {
    assertEquals(plainArticles.keySet(), mergedArticles.keySet());
    List<List<Integer>> parts = expectedParts();
    for (int id = 1; id <= parts.size(); id++) {
      double total = 0;
      for (var e : plainArticles.entrySet()) {
        double before = 0;
        for (int part : parts.get(id - 1)) {
          before += InferJobTest.share(e.getValue(), part);
        }
        total += Math.abs(InferJobTest.share(mergedArticles.get(e.getKey()), id) - before);
      }
      double mean = total / plainArticles.size();
      System.out.printf("merged topic %d <- %s: mean |share - shares before| = %.4f%n", id, parts.get(id - 1), mean);
      assertTrue(mean < 0.02, "topic " + id + " <- " + parts.get(id - 1) + ": mean difference " + mean);
    }
  }

  @Test
  void theOtherTopicsKeepTheirTopWords() {
    List<List<Integer>> parts = expectedParts();
    for (int id = 1; id <= parts.size(); id++) {
      if (parts.get(id - 1).size() > 1) {
        continue;
      }
      Set<String> before = topWords(plain, parts.get(id - 1).get(0));
      Set<String> after = topWords(merged, id);
      Set<String> kept = new HashSet<>(before);
      kept.retainAll(after);
      System.out.printf("topic %d (was %d): %d of its top 10 words kept%n", id, parts.get(id - 1).get(0), kept.size());
      assertTrue(kept.size() >= 8, "topic " + id + ": " + before + " became " + after);
    }
  }

  private static Set<String> topWords(JsonNode run, int id) {
    Set<String> words = new HashSet<>();
    JsonNode list = run.path("topics").get(id - 1).path("words");
    for (int i = 0; i < Math.min(10, list.size()); i++) {
      words.add(list.get(i).path("word").asText());
    }
    return words;
  }
}
