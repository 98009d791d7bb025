package org.sujets.job;

import java.util.List;

/**
 * What {@code sujets tune} found: one row per k, and the k it recommends.
 *
 * @param articles articles fitted (the training 90%)
 * @param heldOut articles held out for log-perplexity (10%)
 * @param vocabulary vocabulary size
 * @param recommended the k with the highest topic quality (coherence × diversity)
 * @param rule how {@code recommended} was chosen
 * @param sweep one entry per k, in the order asked
 */
public record TuneResult(
    long articles, long heldOut, int vocabulary, int recommended, String rule, List<Entry> sweep) {

  /**
   * @param k topics
   * @param coherence mean NPMI of the topics' top 10 words over the training articles
   * @param diversity share of distinct words among the topics' top 25
   * @param topicQuality coherence × diversity (Dieng, Ruiz and Blei 2020)
   * @param logPerplexity Spark's upper bound on log-perplexity of the held-out articles (lower is
   *     better; null when no article was held out)
   * @param stability mean Hungarian-matched 1 − Jensen–Shannon distance between the fits with seed
   *     and seed + 1 (null when not measured)
   * @param seconds wall time of the fit(s) and measures for this k
   * @param labels each topic's label (top relevant words)
   */
  public record Entry(
      int k, double coherence, double diversity, double topicQuality, Double logPerplexity,
      Double stability, double seconds, List<String> labels) {}
}
