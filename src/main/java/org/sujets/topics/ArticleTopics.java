package org.sujets.topics;

/**
 * One article's topic distribution, for the article × topic heatmap of small corpora.
 *
 * @param shares index i is the share of topic id i+1
 */
public record ArticleTopics(String id, String title, double[] shares) {}
