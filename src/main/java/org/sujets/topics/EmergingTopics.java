package org.sujets.topics;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Flags emerging topics from the monthly series. A topic is emerging when, in the last month
 * that has articles:
 *
 * <ul>
 *   <li>that month has at least {@link #MIN_LAST_MONTH_ARTICLES} articles (a handful of articles
 *       is noise, not a trend);
 *   <li>at least {@link #MIN_TRAILING_MONTHS} of the {@link #TRAILING_MONTHS} calendar months
 *       before it have articles (no baseline, no trend);
 *   <li>the topic's mean share that month is at least {@link #MIN_RATIO} × the plain mean of its
 *       monthly shares over those trailing months (each month counts once, however many
 *       articles it has);
 *   <li>and that share is at least {@link #MIN_LAST_SHARE} (a topic going from 0.2 % to 0.4 % of
 *       the articles has doubled but is not news).
 * </ul>
 */
public final class EmergingTopics {
  public static final double MIN_RATIO = 1.5;
  public static final int TRAILING_MONTHS = 6;
  public static final int MIN_TRAILING_MONTHS = 3;
  public static final long MIN_LAST_MONTH_ARTICLES = 30;
  public static final double MIN_LAST_SHARE = 0.02;

  private EmergingTopics() {}

  /**
   * @param months mean topic shares per month ("yyyy-MM"), in date order, as from {@link
   *     TopicAggregates#byMonth}
   * @return per topic rank, whether it is emerging; all false when the series cannot tell
   */
  public static boolean[] flag(List<TopicShareSeries> months, int k) {
    boolean[] emerging = new boolean[k];
    double[] baseline = baseline(months, k);
    if (baseline == null) {
      return emerging;
    }
    TopicShareSeries last = months.get(months.size() - 1);
    for (int t = 0; t < k; t++) {
      double share = last.shares()[t];
      emerging[t] = share >= MIN_LAST_SHARE && share >= MIN_RATIO * baseline[t];
    }
    return emerging;
  }

  /**
   * Each topic's baseline: the plain mean of its monthly shares over the trailing months before
   * the last month, the figure the last month's share is compared with.
   *
   * @return by topic rank; null when the series cannot tell (too few articles in the last month,
   *     too few trailing months, or no month)
   */
  public static double[] baseline(List<TopicShareSeries> months, int k) {
    if (months.isEmpty()) {
      return null;
    }
    TopicShareSeries last = months.get(months.size() - 1);
    YearMonth lastMonth = parse(last.key());
    if (lastMonth == null || last.articles() < MIN_LAST_MONTH_ARTICLES) {
      return null;
    }
    YearMonth firstTrailing = lastMonth.minusMonths(TRAILING_MONTHS);
    double[] trailingSum = new double[k];
    int trailing = 0;
    for (TopicShareSeries month : months.subList(0, months.size() - 1)) {
      YearMonth m = parse(month.key());
      if (m != null && !m.isBefore(firstTrailing) && m.isBefore(lastMonth)) {
        trailing++;
        for (int t = 0; t < k; t++) {
          trailingSum[t] += month.shares()[t];
        }
      }
    }
    if (trailing < MIN_TRAILING_MONTHS) {
      return null;
    }
    for (int t = 0; t < k; t++) {
      trailingSum[t] /= trailing;
    }
    return trailingSum;
  }

  private static YearMonth parse(String key) {
    try {
      return YearMonth.parse(key);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
