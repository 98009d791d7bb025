package org.sujets.topics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the k topics of a model are named: each by its words (its top relevant words, {@link
 * FittedTopics#label}), unless people gave it a name. A given name wins in every output; the
 * words label is kept so that removing the name brings it back.
 *
 * @param fromWords the label made of each topic's words, by rank (id − 1)
 * @param given the names people gave, by topic id (1..k), in id order
 */
public record TopicLabels(List<String> fromWords, Map<Integer, String> given) {
  /** {@link TopicSummary#labelSource()} of a name people gave. */
  public static final String GIVEN = "given";
  /** {@link TopicSummary#labelSource()} of a label made of the topic's words. */
  public static final String WORDS = "words";

  public TopicLabels {
    fromWords = List.copyOf(fromWords);
    for (int id : given.keySet()) {
      if (id < 1 || id > fromWords.size()) {
        throw new IllegalArgumentException("topic " + id + " does not exist: the topics are 1.." + fromWords.size());
      }
    }
    given = Collections.unmodifiableMap(new TreeMap<>(given));
  }

  /** Every topic named by its words. */
  public static TopicLabels fromWords(List<String> fromWords) {
    return new TopicLabels(fromWords, Map.of());
  }

  public int k() {
    return fromWords.size();
  }

  /** The label topic {@code id} is shown with. */
  public String label(int id) {
    return given.getOrDefault(id, fromWords.get(id - 1));
  }

  /** {@link #GIVEN} or {@link #WORDS}. */
  public String source(int id) {
    return given.containsKey(id) ? GIVEN : WORDS;
  }

  /** The labels shown, by rank. */
  public List<String> shown() {
    List<String> shown = new ArrayList<>();
    for (int id = 1; id <= k(); id++) {
      shown.add(label(id));
    }
    return shown;
  }

  /** These labels with {@code names} given on top (same id: the new name). */
  public TopicLabels with(Map<Integer, String> names) {
    Map<Integer, String> merged = new TreeMap<>(given);
    merged.putAll(names);
    return new TopicLabels(fromWords, merged);
  }

  /** These labels without the name of topic {@code id}: it is named by its words again. */
  public TopicLabels without(int id) {
    Map<Integer, String> kept = new TreeMap<>(given);
    kept.remove(id);
    return new TopicLabels(fromWords, kept);
  }

  /** The words labels only: no topic has a given name. */
  public TopicLabels withoutGiven() {
    return fromWords(fromWords);
  }
}
