package org.sujets.topics;

import java.util.List;

/**
 * One topic as people see it. Topics are numbered 1..k in order of prevalence, and that number
 * is the same in every output, chart and notebook of a run.
 *
 * @param id 1-based rank by prevalence
 * @param label the name people gave the topic, else its top 2–3 relevant words joined by " · "
 * @param labelSource where the label comes from: {@link TopicLabels#GIVEN} or {@link TopicLabels#WORDS}
 * @param prevalence mean share of the topic over all articles, in [0, 1]
 * @param words top words with their probability in the topic
 * @param articles most representative articles (highest share of this topic)
 * @param coherence NPMI of the top 10 words over the corpus, in [−1, 1]; null when not measured
 * @param relevantWords words ranked by LDAvis relevance (distinctive of the topic), with their
 *     probability in the topic; the label is made from these
 * @param emerging whether the topic's share in the last month is well above its trailing average
 *     (rule and thresholds: {@code org.sujets.topics.EmergingTopics}); false without dates
 * @param mergedFrom in a run with {@code --merge} or {@code --reduce-to}, the ids this topic had
 *     before merging (one id for a kept topic); null, and left out of topics.json, otherwise
 */
public record TopicSummary(
    int id, String label, String labelSource, double prevalence, List<WeightedWord> words, List<ArticleShare> articles,
    Double coherence, List<WeightedWord> relevantWords, boolean emerging,
    List<Integer> mergedFrom) {
  public TopicSummary {
    mergedFrom = mergedFrom == null ? null : List.copyOf(mergedFrom);
    words = List.copyOf(words);
    articles = List.copyOf(articles);
    relevantWords = List.copyOf(relevantWords);
  }

  /** A topic of a run that merged nothing. */
  public TopicSummary(int id, String label, String labelSource, double prevalence, List<WeightedWord> words,
      List<ArticleShare> articles, Double coherence, List<WeightedWord> relevantWords, boolean emerging) {
    this(id, label, labelSource, prevalence, words, articles, coherence, relevantWords, emerging, null);
  }

  /** A topic named by its words, without quality figures. */
  public TopicSummary(int id, String label, double prevalence, List<WeightedWord> words, List<ArticleShare> articles) {
    this(id, label, TopicLabels.WORDS, prevalence, words, articles, null, List.of(), false);
  }
}
