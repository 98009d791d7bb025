package org.sujets.model;

import java.util.List;
import java.util.Map;

/**
 * model.json, written beside the saved pipeline: what a reader needs to show a model's topics
 * the way its run did, and to know whether it can read the model at all.
 *
 * @param formatVersion layout of the model folder; a reader refuses any version but its own
 * @param sujetsVersion the Sujets version that fitted the model
 * @param topicOrder topicOrder[rank] is the LDA model index of the topic shown as id rank+1
 * @param labels label of each topic, by rank (id − 1)
 * @param words readable word of each vocabulary index (most frequent surface form of the term)
 * @param analyzer the analysis settings of the tokenizer stage (stemmer, extra stop words,
 *     minimum token length), recorded for people: the stage's own params are what inference uses
 * @param lda optimizer, k and the priors the model was fitted with, for people
 */
public record ModelManifest(
    int formatVersion,
    String sujetsVersion,
    int[] topicOrder,
    List<String> labels,
    List<String> words,
    Map<String, Object> analyzer,
    Map<String, Object> lda) {
  public ModelManifest {
    topicOrder = topicOrder.clone();
    labels = List.copyOf(labels);
    words = List.copyOf(words);
    analyzer = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(analyzer));
    lda = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(lda));
  }

  /** The readable words as an array indexed like the vocabulary. */
  public String[] readable() {
    return words.toArray(new String[0]);
  }
}
