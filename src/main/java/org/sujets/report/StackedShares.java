package org.sujets.report;

import java.util.List;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.sujets.topics.TopicShareSeries;
import org.sujets.topics.TopicSummary;

/**
 * What the stacked charts of topic shares (by month, by source, by section) have in common: one
 * series per topic in its colour, one column per group, the legend on the right.
 */
final class StackedShares {
  private StackedShares() {}

  /** Each topic's mean share in each group; a topic the group has no share for counts 0. */
  static DefaultCategoryDataset dataset(
      List<TopicSummary> topics, List<TopicShareSeries> groups, Function<TopicShareSeries, String> column) {
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    for (TopicSummary t : topics) {
      for (TopicShareSeries g : groups) {
        double v = t.id() - 1 < g.shares().length ? g.shares()[t.id() - 1] : 0;
        ds.addValue(v, ChartText.legendName(t), column.apply(g));
      }
    }
    return ds;
  }

  /** Series s is topics[s] (the dataset's row order): paint it in that topic's colour. */
  static void colourByTopic(CategoryItemRenderer r, DefaultCategoryDataset ds, List<TopicSummary> topics) {
    for (int s = 0; s < ds.getRowCount(); s++) {
      r.setSeriesPaint(s, Palette.color(topics.get(s).id()));
    }
  }

  /** On the right, one topic a line: long labels would wrap badly under the plot. */
  static void legendOnTheRight(JFreeChart chart) {
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
  }
}
