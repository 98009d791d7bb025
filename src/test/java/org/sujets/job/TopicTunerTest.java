package org.sujets.job;

import org.sujets.storage.Folder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujets.LocalSpark;
import org.sujets.config.TopicSweep;

/** The k sweep on the bundled sample. */
class TopicTunerTest {
  @Test
  void sweepsEachKAndWritesJsonAndChart(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("tune");
    TuneResult result = new TopicTuner(LocalSpark.session(), JobProgress.silent())
        .tune(TopicJobTest.sampleConfig(out), TopicSweep.of(List.of(2, 3)), true, Folder.local(dir));
    assertEquals(List.of(2, 3), result.sweep().stream().map(TuneResult.Entry::k).toList());
    assertEquals(5, result.articles() + result.heldOut());
    for (TuneResult.Entry e : result.sweep()) {
      assertTrue(e.coherence() >= -1 && e.coherence() <= 1, "coherence " + e.coherence());
      assertTrue(e.diversity() > 0 && e.diversity() <= 1, "diversity " + e.diversity());
      assertTrue(e.stability() >= 0 && e.stability() <= 1, "stability " + e.stability());
      assertEquals(e.k(), e.labels().size());
    }
    assertEquals(TopicTuner.recommend(result.sweep()), result.recommended());

    new TuneWriter().write(result, Folder.local(out));
    JsonNode json = new ObjectMapper().readTree(out.resolve("tune.json").toFile());
    assertEquals(result.recommended(), json.get("recommended").asInt());
    assertEquals(2, json.get("sweep").size());
    byte[] png = Files.readAllBytes(out.resolve("tune.png"));
    assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "tune.png is a PNG");
    assertTrue(Files.readString(out.resolve("tune.svg")).contains("<svg"));
  }

  @Test
  void recommendsHighestCoherenceTimesDiversityTiesToSmallerK() {
    TuneResult.Entry k5 = entry(5, 0.2, 0.9);
    TuneResult.Entry k10 = entry(10, 0.25, 0.8);
    TuneResult.Entry k20 = entry(20, 0.3, 0.5);
    assertEquals(10, TopicTuner.recommend(List.of(k5, k10, k20)));
    assertEquals(5, TopicTuner.recommend(List.of(entry(10, 0.2, 0.5), entry(5, 0.2, 0.5))));
  }

  private static TuneResult.Entry entry(int k, double coherence, double diversity) {
    return new TuneResult.Entry(k, coherence, diversity, coherence * diversity, null, null, 1.0, List.of());
  }
}
