package org.sujets.report;

import org.sujets.topics.TopicHierarchy;
import org.sujets.topics.TopicSummary;
import org.sujets.topics.TopicPeriodWords;
import org.sujets.topics.TopicShareSeries;
import org.sujets.topics.ArticleTopics;
import org.sujets.topics.RelevanceWords;
import java.util.List;
import java.util.Map;

/**
 * Everything the charts, the notebook and the HTML report show. All of it is bounded by the
 * number of topics, the number of months/sources or a fixed cap, never by the number of
 * articles, so it can live on the driver. A null list is taken as empty.
 *
 * @param title a title for the report, e.g. the input's name
 * @param counts what the run read and kept
 * @param parameters every parameter actually used (name → value), in a stable order
 * @param topics topics ordered by prevalence (id 1 first)
 * @param corpusKeywords top corpus-level TF-IDF keywords, best first
 * @param topicDistances k × k Jensen–Shannon distances between the topics' word distributions
 *     (index i is topic id i+1)
 * @param dominantTopicCounts number of articles whose dominant topic is id i+1
 * @param articleTopics per-article shares, only for small corpora (empty beyond a cap)
 * @param byMonth monthly shares in chronological order, empty when articles have no dates
 * @param bySource shares per source, largest first, empty when there is no source column
 * @param bySection shares per section, largest first, empty when there is no section column
 * @param wordsByMonth the most prevalent topics' characteristic words per month, by topic then
 *     month, empty when articles have no dates
 * @param hierarchy the topic tree (ids as in {@code topics}); null when the run has none
 * @param relevance each topic's words across the relevance λ grid, with p(w|t) in every topic
 *     and p(w): what the HTML page's word bars, λ slider and search box need
 * @param articleDates the date of each representative article (id → date as read), empty when
 *     articles have no dates
 */
public record ReportData(
    String title,
    RunCounts counts,
    Map<String, Object> parameters,
    List<TopicSummary> topics,
    List<Keyword> corpusKeywords,
    double[][] topicDistances,
    long[] dominantTopicCounts,
    List<ArticleTopics> articleTopics,
    List<TopicShareSeries> byMonth,
    List<TopicShareSeries> bySource,
    List<TopicShareSeries> bySection,
    List<TopicPeriodWords> wordsByMonth,
    TopicHierarchy hierarchy,
    RelevanceWords relevance,
    Map<String, String> articleDates) {

  public ReportData {
    topics = orEmpty(topics);
    corpusKeywords = orEmpty(corpusKeywords);
    articleTopics = orEmpty(articleTopics);
    byMonth = orEmpty(byMonth);
    bySource = orEmpty(bySource);
    bySection = orEmpty(bySection);
    wordsByMonth = orEmpty(wordsByMonth);
    relevance = relevance == null ? RelevanceWords.none() : relevance;
    articleDates = articleDates == null ? Map.of() : Map.copyOf(articleDates);
  }

  /** A report without a topic tree, the page's relevance words and article dates (charts and tests). */
  public ReportData(String title, RunCounts counts, Map<String, Object> parameters, List<TopicSummary> topics,
      List<Keyword> corpusKeywords, double[][] topicDistances, long[] dominantTopicCounts,
      List<ArticleTopics> articleTopics, List<TopicShareSeries> byMonth, List<TopicShareSeries> bySource,
      List<TopicShareSeries> bySection, List<TopicPeriodWords> wordsByMonth) {
    this(title, counts, parameters, topics, corpusKeywords, topicDistances, dominantTopicCounts, articleTopics,
        byMonth, bySource, bySection, wordsByMonth, null, null, null);
  }

  /** A report with a topic tree, without the page's relevance words and article dates. */
  public ReportData(String title, RunCounts counts, Map<String, Object> parameters, List<TopicSummary> topics,
      List<Keyword> corpusKeywords, double[][] topicDistances, long[] dominantTopicCounts,
      List<ArticleTopics> articleTopics, List<TopicShareSeries> byMonth, List<TopicShareSeries> bySource,
      List<TopicShareSeries> bySection, List<TopicPeriodWords> wordsByMonth, TopicHierarchy hierarchy) {
    this(title, counts, parameters, topics, corpusKeywords, topicDistances, dominantTopicCounts, articleTopics,
        byMonth, bySource, bySection, wordsByMonth, hierarchy, null, null);
  }

  /** The largest topic id: arrays indexed by id (distances, shares) must reach it. */
  int maxTopicId() {
    return topics.stream().mapToInt(TopicSummary::id).max().orElse(0);
  }

  private static <T> List<T> orEmpty(List<T> l) {
    return l == null ? List.of() : l;
  }
}
