package org.sujets.report;

import static org.sujets.report.ChartTheme.font;

import java.awt.Font;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.StackedAreaRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.sujets.topics.TopicShareSeries;
import org.sujets.topics.TopicSummary;

/** Topic shares month by month: stacked areas, or a stacked bar when there is a single month. */
final class ByMonthChart implements ChartKind {

  @Override
  public String name() {
    return "topics-by-month";
  }

  @Override
  public String title() {
    return "Sujets au fil des mois";
  }

  @Override
  public boolean appliesTo(ReportData data) {
    return !data.byMonth().isEmpty() && !data.topics().isEmpty();
  }

  /**
   * Months with too few articles to give meaningful shares (e.g. a handful of archive stragglers
   * years before the bulk) would dominate the chart with 0–100 % swings: months below max(5, 5% of
   * the median month) are left out of the chart, and the subtitle says how many.
   */
  static List<TopicShareSeries> chartedMonths(List<TopicShareSeries> months) {
    long[] sizes = months.stream().mapToLong(TopicShareSeries::articles).sorted().toArray();
    long median = sizes.length == 0 ? 0 : sizes[sizes.length / 2];
    long floor = Math.max(5, Math.round(median * 0.05));
    List<TopicShareSeries> kept = months.stream().filter(m -> m.articles() >= floor).toList();
    return kept.isEmpty() ? months : kept;
  }

  @Override
  public Chart draw(ReportData data) {
    List<TopicSummary> topics = data.topics();
    List<TopicShareSeries> months = chartedMonths(data.byMonth());
    int leftOut = data.byMonth().size() - months.size();
    DefaultCategoryDataset ds = StackedShares.dataset(topics, months, m -> ChartText.clean(m.key()));
    JFreeChart chart = stacked(ds, months.size() >= 2);
    CategoryPlot plot = chart.getCategoryPlot();
    StackedShares.colourByTopic(plot.getRenderer(), ds, topics);
    CategoryAxis ca = plot.getDomainAxis();
    ca.setTickLabelFont(font(Font.PLAIN, 12));
    ca.setLowerMargin(0);
    ca.setUpperMargin(0);
    ca.setCategoryMargin(0);
    if (months.size() > 12) {
      ca.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
    }
    NumberAxis na = (NumberAxis) plot.getRangeAxis();
    na.setRange(0, 1.0);
    na.setNumberFormatOverride(ChartFormats.percentAxis());
    StackedShares.legendOnTheRight(chart);
    long total = months.stream().mapToLong(TopicShareSeries::articles).sum();
    ChartTheme.finish(chart, "Part moyenne de chaque sujet par mois (" + months.size() + " mois, " + total + " articles"
        + (leftOut > 0 ? " ; " + leftOut + " mois trop peu fournis omis" : "") + ")");
    int width = Math.max(1200, 700 + months.size() * 30);
    int height = Math.max(560, 120 + topics.size() * 20);
    return sized(chart, width, height);
  }

  /** Areas read as a flow over time, but a single month has no area to draw. */
  private JFreeChart stacked(DefaultCategoryDataset ds, boolean area) {
    JFreeChart chart =
        area
            ? ChartFactory.createStackedAreaChart(
                title(), null, "part des articles du mois", ds, PlotOrientation.VERTICAL, true, false, false)
            : ChartFactory.createStackedBarChart(
                title(), null, "part des articles du mois", ds, PlotOrientation.VERTICAL, true, false, false);
    ChartTheme.theme().apply(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setOutlineVisible(false);
    plot.setForegroundAlpha(0.9f);
    CategoryItemRenderer r = plot.getRenderer();
    if (r instanceof StackedAreaRenderer sar) {
      sar.setRenderAsPercentages(false);
    }
    if (r instanceof StackedBarRenderer sbr) {
      sbr.setMaximumBarWidth(0.3);
    }
    return chart;
  }
}
