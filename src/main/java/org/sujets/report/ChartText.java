package org.sujets.report;

import java.util.List;
import org.sujets.topics.TopicSummary;

/** How charts name topics and show untrusted text (labels, words, titles) on one line. */
final class ChartText {
  private ChartText() {}

  /** One line of text: control and line-separator characters would break a chart label. */
  static String clean(String s) {
    return s == null ? "" : s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
  }

  /** "Sujet 3 · kim · poutine · armes": bar and panel titles. */
  static String topicName(TopicSummary t) {
    return "Sujet " + t.id() + " · " + clean(t.label());
  }

  /** The topic name of {@code id}, or just "Sujet id" when no topic has it. */
  static String topicName(List<TopicSummary> topics, int id) {
    for (TopicSummary t : topics) {
      if (t.id() == id) {
        return topicName(t);
      }
    }
    return "Sujet " + id;
  }

  /** "3 · kim · poutine · armes", shortened: legends and map labels, where room is short. */
  static String legendName(TopicSummary t) {
    return t.id() + " · " + Escape.shorten(clean(t.label()), 50);
  }
}
