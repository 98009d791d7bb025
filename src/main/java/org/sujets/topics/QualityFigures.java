package org.sujets.topics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a {@link TopicQuality} into what run.json and topics.json show. */
public final class QualityFigures {
  private QualityFigures() {}

  /** run.json's "quality": mean coherence, diversity, per-topic coherence (by rank), λ. Mutable. */
  public static Map<String, Object> of(TopicQuality quality, double lambda) {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("coherence", round(quality.meanCoherence()));
    figures.put("coherenceMeasure", "NPMI of the top " + Coherence.TOP_WORDS
        + " words, article co-occurrence, -1 for a pair never seen together");
    figures.put("diversity", round(quality.diversity()));
    List<Double> perTopic = new ArrayList<>();
    for (double c : quality.coherence()) {
      perTopic.add(round(c));
    }
    figures.put("topicCoherence", perTopic);
    figures.put("relevanceLambda", lambda);
    return figures;
  }

  /** The relevance-ranked words of the topic at {@code rank}, with their probability in it. */
  public static List<WeightedWord> words(TopicQuality quality, int rank, String[] readable) {
    List<WeightedWord> words = new ArrayList<>();
    for (int w : quality.relevantTerms()[rank]) {
      words.add(new WeightedWord(readable[w], quality.distributions()[rank][w]));
    }
    return words;
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
