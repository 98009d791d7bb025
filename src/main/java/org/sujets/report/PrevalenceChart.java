package org.sujets.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.sujets.topics.TopicSummary;

/** Each topic's mean share of the articles, one bar per topic in its colour. */
final class PrevalenceChart implements ChartKind {

  @Override
  public String name() {
    return "topic-prevalence";
  }

  @Override
  public String title() {
    return "Prévalence des sujets";
  }

  @Override
  public boolean appliesTo(ReportData data) {
    return !data.topics().isEmpty();
  }

  @Override
  public Chart draw(ReportData data) {
    List<TopicSummary> topics = data.topics();
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    List<Color> colours = new ArrayList<>();
    for (TopicSummary t : topics) {
      ds.addValue(t.prevalence(), "prévalence", ChartText.topicName(t));
      colours.add(Palette.color(t.id()));
    }
    String sub =
        data.counts() == null
            ? "Part moyenne de chaque sujet dans les articles"
            : "Part moyenne de chaque sujet dans les " + data.counts().articles() + " articles";
    JFreeChart chart =
        HorizontalBars.chart(
            title(), sub, "part moyenne", ds, colours, ChartFormats.percent(), ChartFormats.percentAxis());
    return sized(chart, 1100, Math.max(320, 130 + topics.size() * 30));
  }
}
