package org.sujets.topics;

/**
 * Topic shares over one group of articles: a month ("2020-03") or a source/section name.
 *
 * @param key the group
 * @param articles how many articles fall in the group
 * @param shares mean share of each topic over the group's articles; index i is topic id i+1
 */
public record TopicShareSeries(String key, long articles, double[] shares) {}
