package org.sujets.topics;

import java.util.List;

/**
 * The words that characterise one topic in one period (a month, a source), best first.
 *
 * @param topic topic id (1 = most prevalent)
 * @param period the month ("2020-03") or the group's name
 * @param mass the topic's share summed over the period's articles: how many articles' worth of
 *     the topic the period holds
 * @param words readable words, most characteristic first
 */
public record TopicPeriodWords(int topic, String period, double mass, List<String> words) {}
