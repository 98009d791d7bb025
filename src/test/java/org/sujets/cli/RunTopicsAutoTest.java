package org.sujets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujets.LocalSpark;
import org.sujets.config.TopicSweep;

/** {@code run --topics auto} on the 24-article two-subjects fixture: the sweep picks k and ships with the run. */
class RunTopicsAutoTest {
  @Test
  void autoFitsTheKTheSweepRecommendsAndWritesTheSweepWithTheRun(@TempDir Path dir) throws Exception {
    Path input = Path.of(RunTopicsAutoTest.class.getResource("/two-subjects/train.jsonl").toURI());
    Path out = dir.resolve("out");
    StringWriter err = new StringWriter();
    LocalSpark.session(); // joined: the command leaves it running
    int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
        "run", "-i", input.toString(), "-o", out.toString(), "--topics", "auto", "--iterations", "10",
        "--phrases", "false");
    assertEquals(ExitCodes.OK, code, err.toString());

    ObjectMapper json = new ObjectMapper();
    JsonNode tune = json.readTree(out.resolve("tune.json").toFile());
    List<Integer> swept = new ArrayList<>();
    int best = -1;
    double bestQuality = Double.NEGATIVE_INFINITY;
    for (JsonNode e : tune.get("sweep")) {
      swept.add(e.get("k").asInt());
      if (e.get("topicQuality").asDouble() > bestQuality) { // ties go to the earlier, smaller k
        bestQuality = e.get("topicQuality").asDouble();
        best = e.get("k").asInt();
      }
    }
    // 24 articles, about 21 fitted after holding out 10%: 5 and 10 of 5,10,20,40 (at most half of them).
    assertEquals(TopicSweep.defaults().fitting(tune.get("articles").asLong()), swept);
    assertTrue(swept.size() >= 2, "swept " + swept);
    assertEquals(best, tune.get("recommended").asInt(), "tune.json recommends the best coherence × diversity");

    JsonNode parameters = json.readTree(out.resolve("run.json").toFile()).get("parameters");
    assertEquals("tune", parameters.get("topicsChosenBy").asText());
    assertEquals(best, parameters.get("topics").asInt(), "the run fits the recommended k");
    assertEquals("tune.json", parameters.get("topicSweep").get("file").asText());
    assertEquals(best, json.readTree(out.resolve("topics.json").toFile()).get("topics").size());
    assertTrue(Files.size(out.resolve("tune.png")) > 1000 && Files.readString(out.resolve("tune.svg")).contains("<svg"));
    assertTrue(err.toString().contains("k=" + best + " of " + String.join(", ", swept.stream().map(String::valueOf).toList())
        + ": highest coherence × diversity"), err.toString());
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of(out), left.toList(), "no staging folder or tune file outside the committed output");
    }
  }
}
