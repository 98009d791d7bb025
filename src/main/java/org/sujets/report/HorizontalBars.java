package org.sujets.report;

import static org.sujets.report.ChartTheme.font;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The one-bar-per-row chart of prevalence, dominant topics and keywords: horizontal bars, each
 * in its own colour, its value written at its end.
 */
final class HorizontalBars {
  private HorizontalBars() {}

  /**
   * @param ds one series; its columns are the rows of the chart, top to bottom
   * @param colours the colour of each column, in order ({@link Palette#NEUTRAL} beyond)
   */
  static JFreeChart chart(
      String title,
      String subtitle,
      String valueLabel,
      DefaultCategoryDataset ds,
      List<Color> colours,
      NumberFormat labelFormat,
      NumberFormat axisFormat) {
    JFreeChart chart =
        ChartFactory.createBarChart(
            title, null, valueLabel, ds, PlotOrientation.HORIZONTAL, false, false, false);
    ChartTheme.theme().apply(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setRenderer(renderer(colours, labelFormat));
    plot.setOutlineVisible(false);
    CategoryAxis ca = plot.getDomainAxis();
    ca.setTickLabelFont(font(Font.PLAIN, 13));
    ca.setMaximumCategoryLabelWidthRatio(0.5f);
    ca.setMaximumCategoryLabelLines(2);
    ca.setCategoryMargin(0.3);
    ca.setLowerMargin(0.01);
    ca.setUpperMargin(0.01);
    NumberAxis na = (NumberAxis) plot.getRangeAxis();
    na.setUpperMargin(0.18); // room for the longest bar's value label
    na.setNumberFormatOverride(axisFormat);
    na.setLabelFont(font(Font.PLAIN, 12));
    ChartTheme.finish(chart, subtitle);
    return chart;
  }

  private static BarRenderer renderer(List<Color> colours, NumberFormat labelFormat) {
    ColumnColourBarRenderer r = new ColumnColourBarRenderer(colours);
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(false);
    r.setMaximumBarWidth(0.08);
    r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", labelFormat));
    r.setDefaultItemLabelsVisible(true);
    r.setDefaultItemLabelFont(font(Font.PLAIN, 12));
    r.setDefaultItemLabelPaint(ChartTheme.TEXT);
    r.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    r.setItemLabelAnchorOffset(5);
    return r;
  }

  /** JFreeChart colours by series; here there is one series and each column needs its colour. */
  private static final class ColumnColourBarRenderer extends BarRenderer {
    private final List<Color> colours;

    ColumnColourBarRenderer(List<Color> colours) {
      this.colours = colours;
    }

    @Override
    public Paint getItemPaint(int row, int column) {
      return column < colours.size() ? colours.get(column) : Palette.NEUTRAL;
    }
  }
}
