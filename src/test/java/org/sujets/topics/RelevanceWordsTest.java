package org.sujets.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelevanceWordsTest {
  /** Three topics over 400 words: Zipf-like corpus frequencies, each topic favouring its own block. */
  private static double[][] topics(Random rnd) {
    double[][] dist = new double[3][400];
    for (int t = 0; t < 3; t++) {
      for (int w = 0; w < 400; w++) {
        dist[t][w] = (1.0 / (w + 1)) * (w % 3 == t ? 4 : 1) * (0.5 + rnd.nextDouble());
      }
      dist[t] = Relevance.distribution(dist[t]);
    }
    return dist;
  }

  private static String[] readable() {
    String[] words = new String[400];
    for (int w = 0; w < 400; w++) {
      words[w] = "mot" + w;
    }
    return words;
  }

  @Test
  void atEveryStopOfTheGridEachTopicHoldsItsTopWordsAsRelevanceRanksThem() {
    double[][] dist = topics(new Random(7));
    double[] corpus = new double[400];
    for (double[] d : dist) {
      for (int w = 0; w < 400; w++) {
        corpus[w] += d[w] / 3;
      }
    }
    RelevanceWords rel = RelevanceWords.of(dist, corpus, readable(), 0.6, 20);
    for (int t = 0; t < 3; t++) {
      Set<String> held = new HashSet<>();
      for (int c : rel.candidates()[t]) {
        held.add(rel.words().get(c));
        int w = Integer.parseInt(rel.words().get(c).substring(3));
        assertEquals(dist[t][w], rel.byTopic()[t][c], 0, "p(w|t) carried for every word");
        assertEquals(corpus[w], rel.corpus()[c], 0);
      }
      for (int step = 0; step <= RelevanceWords.GRID_STEPS; step++) {
        int[] expected = Relevance.top(dist[t], corpus, step / 10.0, 20);
        for (int w : expected) {
          assertTrue(held.contains("mot" + w), "topic " + t + " at λ " + step / 10.0 + " lacks mot" + w);
        }
      }
      assertTrue(rel.candidates()[t].length >= 20 && rel.candidates()[t].length <= 11 * 20);
    }
    // Words distinct across topics: one entry per word, with p(w|t) in every topic.
    assertEquals(new HashSet<>(rel.words()).size(), rel.words().size());
    for (double[] row : rel.byTopic()) {
      assertEquals(rel.words().size(), row.length);
    }
    assertEquals(0.6, rel.lambda());
  }

  @Test
  void wordsAbsentFromTheTopicOrTheCorpusAreNeverRanked() {
    double[] topic = {0.5, 0.5, 0, 0};
    double[] corpus = {0.25, 0, 0.5, 0.25};
    List<Integer> got = new ArrayList<>();
    for (int w : Relevance.top(topic, corpus, 0.3, 10)) {
      got.add(w);
    }
    assertEquals(List.of(0), got);
  }
}
