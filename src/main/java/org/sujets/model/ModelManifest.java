package org.sujets.model;

import java.util.List;
import java.util.Map;
import org.sujets.topics.ContinuedOnlineLda;
import org.sujets.topics.TopicLabels;

/**
 * model.json, written beside the saved pipeline: what a reader needs to show a model's topics
 * the way its run did, and to know whether it can read the model at all.
 *
 * @param formatVersion layout of the model folder; a reader refuses any version but its own
 * @param sujetsVersion the Sujets version that fitted the model
 * @param topicOrder topicOrder[rank] is the LDA model index of the topic shown as id rank+1
 * @param labels label each topic is shown with, by rank (id − 1): its given name, else its words
 *     label; always derived from the next two, kept in the file for people and older readers
 * @param wordLabels label made of each topic's words, by rank; null in models written before
 *     labels could be given, whose {@code labels} are all words labels
 * @param givenLabels names people gave ({@code --labels}, {@code sujets label}), by topic id; null
 *     read as none
 * @param words readable word of each vocabulary index (most frequent surface form of the term)
 * @param analyzer the analysis settings of the tokenizer stage (stemmer, extra stop words,
 *     minimum token length), recorded for people: the stage's own params are what inference uses
 * @param lda optimizer, k and the priors the model was fitted with, for people
 * @param learning where online LDA stopped, for {@code sujets update} to go on; null for EM and in
 *     models of format version 1 (update then reads the LDA stage's own settings)
 * @param lineage the runs and updates that made the model, oldest first; empty in models of
 *     format version 1
 */
public record ModelManifest(
    int formatVersion,
    String sujetsVersion,
    int[] topicOrder,
    List<String> labels,
    List<String> wordLabels,
    Map<Integer, String> givenLabels,
    List<String> words,
    Map<String, Object> analyzer,
    Map<String, Object> lda,
    ContinuedOnlineLda.Learning learning,
    List<LineageEntry> lineage) {
  public ModelManifest {
    topicOrder = topicOrder.clone();
    TopicLabels named = new TopicLabels(wordLabels != null ? wordLabels : labels,
        givenLabels != null ? givenLabels : Map.of());
    wordLabels = named.fromWords();
    givenLabels = named.given();
    labels = named.shown();
    words = List.copyOf(words);
    analyzer = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(analyzer));
    lda = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(lda));
    lineage = lineage == null ? List.of() : List.copyOf(lineage);
  }

  /** A manifest for a model whose topics are named {@code named}. */
  public ModelManifest(int formatVersion, String sujetsVersion, int[] topicOrder, TopicLabels named,
      List<String> words, Map<String, Object> analyzer, Map<String, Object> lda) {
    this(formatVersion, sujetsVersion, topicOrder, named.shown(), named.fromWords(), named.given(), words,
        analyzer, lda, null, List.of());
  }

  /** The same model with its topics named {@code named}. */
  public ModelManifest withLabels(TopicLabels named) {
    return new ModelManifest(formatVersion, sujetsVersion, topicOrder, named.shown(), named.fromWords(),
        named.given(), words, analyzer, lda, learning, lineage);
  }

  /** The same model with where its LDA stopped and how it was made. */
  public ModelManifest withHistory(ContinuedOnlineLda.Learning learning, List<LineageEntry> lineage) {
    return new ModelManifest(formatVersion, sujetsVersion, topicOrder, labels, wordLabels, givenLabels, words,
        analyzer, lda, learning, lineage);
  }

  /** How the model's topics are named. */
  public TopicLabels topicLabels() {
    return new TopicLabels(wordLabels, givenLabels);
  }

  /** The readable words as an array indexed like the vocabulary. */
  public String[] readable() {
    return words.toArray(new String[0]);
  }
}
