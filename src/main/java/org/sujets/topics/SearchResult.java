package org.sujets.topics;

import java.util.List;

/**
 * What a search found: the query, how it was understood, and the topics it leads to, best first
 * (see {@link TopicSearch} for the score). Plain values, for the terminal and for JSON.
 *
 * @param query the query as typed
 * @param terms the readable word of each query term found in the vocabulary ("retraite",
 *     "corée du nord")
 * @param unknown the query's words not in the vocabulary, as typed
 * @param topics the topics found, best first; empty when no query word is in the vocabulary
 */
public record SearchResult(String query, List<String> terms, List<String> unknown, List<Topic> topics) {
  public SearchResult {
    terms = List.copyOf(terms);
    unknown = List.copyOf(unknown);
    topics = List.copyOf(topics);
  }

  /** Whether no query word is in the model's vocabulary (nothing could be searched). */
  public boolean nothingKnown() {
    return terms.isEmpty();
  }

  /**
   * A topic found.
   *
   * @param score p(topic | query terms), in [0, 1]; the scores of all k topics sum to 1
   * @param words the topic's first words as its run shows them (topics.json's words, by relevance)
   * @param matches each query term's probability and place (1 = first) among the topic's words
   * @param articles the topic's representative articles in the run, highest share first
   */
  public record Topic(int id, String label, double score, List<String> words, List<Match> matches,
      List<Article> articles) {
    public Topic {
      words = List.copyOf(words);
      matches = List.copyOf(matches);
      articles = List.copyOf(articles);
    }
  }

  /** A query term in a topic: p(term | topic) and its place among the topic's words. */
  public record Match(String word, double probability, int rank) {}

  /** A representative article of a topic; {@code date} is "" when the run had no dates. */
  public record Article(String id, String date, String title, double share) {}
}
