package org.sujets.topics;

import java.util.List;

/**
 * One topic as people see it. Topics are numbered 1..k in order of prevalence, and that number
 * is the same in every output, chart and notebook of a run.
 *
 * @param id 1-based rank by prevalence
 * @param label the name people gave the topic, else its first three words joined by " · "
 * @param labelSource where the label comes from: {@link TopicLabels#GIVEN} or {@link TopicLabels#WORDS}
 * @param prevalence mean share of the topic over all articles, in [0, 1]
 * @param words the topic's words as people see them: ranked by LDAvis relevance (distinctive of the
 *     topic first; at λ = 1, by probability), each with its probability in the topic
 * @param articles most representative articles (highest share of this topic)
 * @param coherence NPMI of the first 10 {@code words} over the corpus, in [−1, 1]; null when not
 *     measured
 * @param probableWords as many words ranked by probability alone, as MALLET and gensim list them
 * @param emerging whether the topic's share in the last month is well above its trailing average
 *     (rule and thresholds: {@code org.sujets.topics.EmergingTopics}); false without dates
 * @param mergedFrom in a run with {@code --merge} or {@code --reduce-to}, the ids this topic had
 *     before merging (one id for a kept topic); null, and left out of topics.json, otherwise
 */
public record TopicSummary(
    int id, String label, String labelSource, double prevalence, List<WeightedWord> words, List<ArticleShare> articles,
    Double coherence, List<WeightedWord> probableWords, boolean emerging,
    List<Integer> mergedFrom) {
  public TopicSummary {
    mergedFrom = mergedFrom == null ? null : List.copyOf(mergedFrom);
    words = List.copyOf(words);
    articles = List.copyOf(articles);
    probableWords = List.copyOf(probableWords);
  }

  /** A topic of a run that merged nothing. */
  public TopicSummary(int id, String label, String labelSource, double prevalence, List<WeightedWord> words,
      List<ArticleShare> articles, Double coherence, List<WeightedWord> probableWords, boolean emerging) {
    this(id, label, labelSource, prevalence, words, articles, coherence, probableWords, emerging, null);
  }

  /** A topic named by its words, without quality figures. */
  public TopicSummary(int id, String label, double prevalence, List<WeightedWord> words, List<ArticleShare> articles) {
    this(id, label, TopicLabels.WORDS, prevalence, words, articles, null, List.of(), false);
  }
}
