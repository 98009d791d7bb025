package org.sujets.job;

import static org.apache.spark.sql.functions.col;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sujets.ingest.Columns;
import org.sujets.topics.ArticleShare;
import org.sujets.topics.TopicSummary;

/** The dates of the topics' representative articles, which the HTML report shows beside them. */
final class RepresentativeDates {
  private RepresentativeDates() {}

  /**
   * WARNING: collects one row per representative article (k × topArticles at most). One Spark
   * job, only when some article has a month: without dates there is nothing to show.
   *
   * @param assigned the run's articles with their {@link Columns#DATE} column
   * @param hasMonths whether the run has monthly shares
   * @return id → date as read; absent when the article has no date
   */
  static Map<String, String> collect(Dataset<Row> assigned, List<TopicSummary> topics, boolean hasMonths) {
    Set<Object> ids = new LinkedHashSet<>();
    for (TopicSummary t : topics) {
      for (ArticleShare a : t.articles()) {
        ids.add(a.id());
      }
    }
    Map<String, String> dates = new HashMap<>();
    if (!hasMonths || ids.isEmpty()) {
      return dates;
    }
    for (Row row : assigned.filter(col(Columns.ID).isin(ids.toArray()).and(col(Columns.DATE).isNotNull()))
        .select(col(Columns.ID), col(Columns.DATE)).collectAsList()) {
      dates.put(row.getString(0), row.getString(1));
    }
    return dates;
  }
}
