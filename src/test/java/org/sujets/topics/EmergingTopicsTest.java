package org.sujets.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sujets.topics.TopicShareSeries;

class EmergingTopicsTest {
  /** Six steady months then a last month; topic 0 steady at 0.5, topic 1 base 0.1. */
  private static List<TopicShareSeries> series(double lastTopic1, long lastArticles, int steadyMonths) {
    List<TopicShareSeries> months = new ArrayList<>();
    for (int m = 1; m <= steadyMonths; m++) {
      months.add(new TopicShareSeries(String.format(java.util.Locale.ROOT, "2020-%02d", 7 - steadyMonths + m - 1), 100,
          new double[] {0.5, 0.1, 0.4}));
    }
    months.add(new TopicShareSeries("2020-07", lastArticles, new double[] {0.5, lastTopic1, 0.5 - lastTopic1}));
    return months;
  }

  @Test
  void aTopicWellAboveItsTrailingMeanIsEmerging() {
    assertArrayEquals(new boolean[] {false, true, false}, EmergingTopics.flag(series(0.15, 100, 6), 3));
  }

  @Test
  void justBelowTheRatioIsNot() {
    assertArrayEquals(new boolean[] {false, false, false}, EmergingTopics.flag(series(0.149, 100, 6), 3));
  }

  @Test
  void tooFewArticlesInTheLastMonthOrTooShortAHistoryTellNothing() {
    assertArrayEquals(new boolean[3], EmergingTopics.flag(series(0.4, EmergingTopics.MIN_LAST_MONTH_ARTICLES - 1, 6), 3));
    assertArrayEquals(new boolean[3], EmergingTopics.flag(series(0.4, 100, EmergingTopics.MIN_TRAILING_MONTHS - 1), 3));
    assertArrayEquals(new boolean[3], EmergingTopics.flag(List.of(), 3));
  }

  @Test
  void monthsOutsideTheTrailingWindowDoNotCount() {
    List<TopicShareSeries> months = new ArrayList<>();
    // A year ago topic 1 was big; the window (6 months before 2020-07) only sees 0.1.
    months.add(new TopicShareSeries("2019-07", 100, new double[] {0.2, 0.8}));
    for (String m : List.of("2020-01", "2020-02", "2020-03")) {
      months.add(new TopicShareSeries(m, 100, new double[] {0.9, 0.1}));
    }
    months.add(new TopicShareSeries("2020-07", 100, new double[] {0.8, 0.2}));
    assertArrayEquals(new boolean[] {false, true}, EmergingTopics.flag(months, 2));
  }

  @Test
  void aTinyTopicThatDoublesIsNotNews() {
    List<TopicShareSeries> months = new ArrayList<>();
    for (String m : List.of("2020-04", "2020-05", "2020-06")) {
      months.add(new TopicShareSeries(m, 100, new double[] {0.995, 0.005}));
    }
    months.add(new TopicShareSeries("2020-07", 100, new double[] {0.99, 0.01}));
    assertArrayEquals(new boolean[] {false, false}, EmergingTopics.flag(months, 2));
  }

  @Test
  void theBaselineIsTheMeanOfTheTrailingMonthsAndNullWhenTheSeriesCannotTell() {
    double[] baseline = EmergingTopics.baseline(series(0.15, 100, 6), 3);
    org.junit.jupiter.api.Assertions.assertEquals(0.1, baseline[1], 1e-12);
    org.junit.jupiter.api.Assertions.assertEquals(0.5, baseline[0], 1e-12);
    org.junit.jupiter.api.Assertions.assertNull(EmergingTopics.baseline(series(0.4, 100, 2), 3));
    org.junit.jupiter.api.Assertions.assertNull(EmergingTopics.baseline(List.of(), 3));
  }
}
