package org.sujets.report;

import org.sujets.topics.TopicShareSeries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartedMonthsTest {
  private static TopicShareSeries month(String key, long articles) {
    return new TopicShareSeries(key, articles, new double[] {1.0});
  }

  @Test
  void leavesOutStragglerMonthsFarBelowTheMedian() {
    List<TopicShareSeries> months = new ArrayList<>(List.of(month("2011-02", 1), month("2014-05", 3)));
    for (int m = 1; m <= 9; m++) {
      months.add(month("2019-0" + m, 600));
    }
    List<TopicShareSeries> kept = ByMonthChart.chartedMonths(months);
    assertEquals(9, kept.size());
    assertEquals("2019-01", kept.get(0).key());
  }

  @Test
  void keepsEverythingWhenAllMonthsAreSmall() {
    List<TopicShareSeries> months = List.of(month("2023-09", 2), month("2023-10", 3));
    assertEquals(months, ByMonthChart.chartedMonths(months));
  }
}
