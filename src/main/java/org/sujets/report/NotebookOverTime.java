package org.sujets.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sujets.topics.EmergingTopics;
import org.sujets.topics.TopicPeriodWords;
import org.sujets.topics.TopicShareSeries;
import org.sujets.topics.TopicSummary;

/**
 * The notebook's views over time in Markdown, for runs whose articles have dates: which topics
 * are emerging and why, and each topic's characteristic words month by month (the charts
 * by-month and topic-words-by-month show the same data drawn). Untrusted words are escaped.
 */
final class NotebookOverTime {
  private NotebookOverTime() {}

  /** The emerging topics, each with its last month's share and its baseline, and the rule. */
  static String emerging(ReportData data) {
    List<TopicShareSeries> months = data.byMonth();
    TopicShareSeries last = months.get(months.size() - 1);
    double[] baseline = EmergingTopics.baseline(months, data.maxTopicId());
    StringBuilder md = new StringBuilder("## Sujets émergents\n\n");
    md.append(String.format(Locale.FRANCE, "Un sujet est émergent quand, au dernier mois (%s, %d articles ; "
            + "il en faut au moins %d), sa part atteint au moins %.1f × sa moyenne des %d mois précédents "
            + "(au moins %d mois avec des articles) et au moins %.0f %%.%n%n",
        Escape.markdown(last.key()), last.articles(), EmergingTopics.MIN_LAST_MONTH_ARTICLES,
        EmergingTopics.MIN_RATIO, EmergingTopics.TRAILING_MONTHS, EmergingTopics.MIN_TRAILING_MONTHS,
        EmergingTopics.MIN_LAST_SHARE * 100));
    if (baseline == null) {
      return md.append("Les mois de ce run ne permettent pas de le dire.\n").toString();
    }
    List<TopicSummary> flagged = data.topics().stream().filter(TopicSummary::emerging).toList();
    if (flagged.isEmpty()) {
      return md.append("Aucun sujet émergent au dernier mois.\n").toString();
    }
    md.append("| Sujet | Libellé | Part au dernier mois | Moyenne des mois précédents |\n| ---: | --- | ---: | ---: |\n");
    for (TopicSummary t : flagged) {
      md.append("| ").append(t.id()).append(" | ").append(Escape.markdown(t.label())).append(" | ")
          .append(pct(last.shares()[t.id() - 1])).append(" | ").append(pct(baseline[t.id() - 1])).append(" |\n");
    }
    return md.toString();
  }

  /** Each topic's words month by month, for the topics the run computed them for. */
  static String wordsByMonth(ReportData data) {
    StringBuilder md = new StringBuilder("## Mots des sujets par mois\n\n");
    md.append("Les mots qui distinguent chaque sujet, mois par mois, pour les sujets les plus répandus ")
        .append("(tous dans `topic_words_by_month.csv`).\n");
    int topic = -1;
    for (TopicPeriodWords p : data.wordsByMonth()) {
      if (p.topic() != topic) {
        topic = p.topic();
        md.append("\n**Sujet ").append(topic).append(" · ").append(Escape.markdown(label(data, topic)))
            .append("**\n\n| Mois | Mots |\n| --- | --- |\n");
      }
      List<String> words = new ArrayList<>();
      p.words().forEach(w -> words.add(Escape.markdown(w)));
      md.append("| ").append(Escape.markdown(p.period())).append(" | ").append(String.join(", ", words)).append(" |\n");
    }
    return md.toString();
  }

  private static String label(ReportData data, int id) {
    return data.topics().stream().filter(t -> t.id() == id).map(TopicSummary::label).findFirst().orElse("");
  }

  private static String pct(double v) {
    return String.format(Locale.FRANCE, "%.1f %%", v * 100);
  }
}
