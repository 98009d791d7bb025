package org.sujets.report;

import static org.sujets.report.ChartTheme.font;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.sujets.topics.TopicShareSeries;
import org.sujets.topics.TopicSummary;

/** Topic shares per group of articles (source or section): one stacked bar per group. */
final class ByGroupChart implements ChartKind {
  /** The largest groups only (they come largest first): more bars would not fit a page. */
  static final int MAX_GROUPS = 25;

  static final ByGroupChart BY_SOURCE =
      new ByGroupChart(
          "topics-by-source",
          "Sujets par source",
          "Part moyenne de chaque sujet dans les articles de chaque source",
          ReportData::bySource);
  static final ByGroupChart BY_SECTION =
      new ByGroupChart(
          "topics-by-section",
          "Sujets par rubrique",
          "Part moyenne de chaque sujet dans les articles de chaque rubrique",
          ReportData::bySection);

  private final String name;
  private final String title;
  private final String subtitle;
  private final Function<ReportData, List<TopicShareSeries>> groups;

  private ByGroupChart(
      String name, String title, String subtitle, Function<ReportData, List<TopicShareSeries>> groups) {
    this.name = name;
    this.title = title;
    this.subtitle = subtitle;
    this.groups = groups;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public boolean appliesTo(ReportData data) {
    return !groups.apply(data).isEmpty() && !data.topics().isEmpty();
  }

  @Override
  public Chart draw(ReportData data) {
    List<TopicSummary> topics = data.topics();
    List<TopicShareSeries> all = groups.apply(data);
    List<TopicShareSeries> shown = all.size() > MAX_GROUPS ? all.subList(0, MAX_GROUPS) : all;
    DefaultCategoryDataset ds =
        StackedShares.dataset(
            topics, shown, g -> Escape.shorten(ChartText.clean(g.key()), 40) + " (" + g.articles() + ")");
    JFreeChart chart =
        ChartFactory.createStackedBarChart(
            title, null, "part des articles", ds, PlotOrientation.HORIZONTAL, true, false, false);
    ChartTheme.theme().apply(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setOutlineVisible(false);
    StackedShares.colourByTopic(renderer(plot), ds, topics);
    CategoryAxis ca = plot.getDomainAxis();
    ca.setTickLabelFont(font(Font.PLAIN, 13));
    ca.setMaximumCategoryLabelWidthRatio(0.4f);
    ca.setMaximumCategoryLabelLines(2);
    ca.setCategoryMargin(0.3);
    NumberAxis na = (NumberAxis) plot.getRangeAxis();
    na.setRange(0, 1.0);
    na.setNumberFormatOverride(ChartFormats.percentAxis());
    StackedShares.legendOnTheRight(chart);
    String sub =
        all.size() > shown.size()
            ? subtitle + " (les " + shown.size() + " plus grandes sur " + all.size() + ")"
            : subtitle + " (nombre d'articles entre parenthèses)";
    ChartTheme.finish(chart, sub);
    int height = Math.max(Math.max(420, 160 + shown.size() * 40), 140 + topics.size() * 20);
    return sized(chart, 1300, height);
  }

  /** Flat bars with thin white outlines, so that adjacent topics stay apart. */
  private static StackedBarRenderer renderer(CategoryPlot plot) {
    StackedBarRenderer r = (StackedBarRenderer) plot.getRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(true);
    r.setDefaultOutlinePaint(Color.WHITE);
    r.setDefaultOutlineStroke(new BasicStroke(0.5f));
    r.setAutoPopulateSeriesOutlinePaint(false);
    r.setMaximumBarWidth(0.1);
    return r;
  }
}
