package org.sujets.report;

import static org.sujets.report.ChartTheme.font;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Drawable;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.sujets.topics.TopicSummary;
import org.sujets.topics.WeightedWord;

/**
 * A grid of small bar charts, one panel per topic: its words (ranked by relevance, as topics.json
 * lists them) and their probability in the topic.
 * Every panel has the same weight scale, so panels compare at a glance.
 */
final class TopicWordsChart implements ChartKind {
  /** Beyond this many topics the grid would be unreadable; the subtitle says how many are shown. */
  static final int MAX_WORD_PANELS = 40;
  static final int WORDS_PER_PANEL = 10;

  private static final int PANEL_WIDTH = 420;
  private static final int PANEL_HEIGHT = 340;
  private static final int HEADER = 64;
  /** The bars are not sorted by length: say why (the words are ranked as topics.json lists them). */
  private static final String ORDER_AND_WEIGHT = "mots classés par pertinence ; poids = probabilité du mot dans le sujet";

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  @Override
  public String name() {
    return "topic-words";
  }

  @Override
  public String title() {
    return "Mots caractéristiques de chaque sujet";
  }

  @Override
  public boolean appliesTo(ReportData data) {
    return !data.topics().isEmpty();
  }

  @Override
  public Chart draw(ReportData data) {
    List<TopicSummary> all = data.topics();
    List<TopicSummary> topics = all.size() > MAX_WORD_PANELS ? all.subList(0, MAX_WORD_PANELS) : all;
    double upper = sharedUpperBound(topics);
    StandardChartTheme theme = ChartTheme.theme();
    List<JFreeChart> panels = new ArrayList<>();
    for (TopicSummary t : topics) {
      panels.add(panel(t, theme, upper));
    }
    String subtitle =
        all.size() > topics.size()
            ? "Les " + topics.size() + " premiers sujets sur " + all.size() + " ; " + ORDER_AND_WEIGHT
            : cap(ORDER_AND_WEIGHT);
    int cols = columns(topics.size());
    int rows = (topics.size() + cols - 1) / cols;
    return sized(grid(panels, cols, subtitle), cols * PANEL_WIDTH, HEADER + rows * PANEL_HEIGHT);
  }

  /** As square a grid as fits a landscape page: 1–2 in a row, then 2, 3 or 4 columns. */
  private static int columns(int k) {
    return k <= 2 ? k : (k <= 4 ? 2 : (k <= 9 ? 3 : 4));
  }

  /** The largest weight of any shown topic's words, with room for the value labels. */
  private static double sharedUpperBound(List<TopicSummary> topics) {
    double max = 0;
    for (TopicSummary t : topics) {
      for (WeightedWord w : t.words()) {
        max = Math.max(max, w.weight());
      }
    }
    return max > 0 ? max * 1.3 : 1;
  }

  private static JFreeChart panel(TopicSummary t, StandardChartTheme theme, double upper) {
    JFreeChart chart =
        ChartFactory.createBarChart(
            null, null, null, words(t), PlotOrientation.HORIZONTAL, false, false, false);
    theme.apply(chart);
    TextTitle title = new TextTitle(ChartText.topicName(t), font(Font.BOLD, 14));
    title.setPaint(ChartTheme.TEXT);
    title.setMaximumLinesToDisplay(2);
    title.setPadding(new RectangleInsets(4, 4, 6, 4));
    chart.setTitle(title);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(6, 6, 6, 10));
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(ChartTheme.GRID);
    BarRenderer r = (BarRenderer) plot.getRenderer();
    r.setSeriesPaint(0, Palette.color(t.id()));
    r.setMaximumBarWidth(0.12);
    r.setItemMargin(0);
    r.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2}", ChartFormats.decimal("0.000")));
    r.setDefaultItemLabelsVisible(true);
    r.setDefaultItemLabelFont(font(Font.PLAIN, 11));
    r.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    r.setItemLabelAnchorOffset(4);
    CategoryAxis ca = plot.getDomainAxis();
    ca.setTickLabelFont(font(Font.PLAIN, 13));
    ca.setMaximumCategoryLabelWidthRatio(0.6f);
    ca.setCategoryMargin(0.25);
    ca.setLowerMargin(0.02);
    ca.setUpperMargin(0.02);
    NumberAxis na = (NumberAxis) plot.getRangeAxis();
    na.setRange(0, upper);
    na.setNumberFormatOverride(ChartFormats.decimal("0.00#"));
    na.setTickLabelFont(font(Font.PLAIN, 10));
    na.setLabel(null);
    return chart;
  }

  /** The topic's first words; a word shown twice (two stems, one surface form) once. */
  private static DefaultCategoryDataset words(TopicSummary t) {
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    int n = 0;
    for (WeightedWord w : t.words()) {
      if (n >= WORDS_PER_PANEL) {
        break;
      }
      String word = ChartText.clean(w.word());
      if (ds.getColumnIndex(word) >= 0) {
        continue;
      }
      ds.addValue(w.weight(), "poids", word);
      n++;
    }
    return ds;
  }

  /** The title and subtitle centred over the panels, laid out row by row. */
  private Drawable grid(List<JFreeChart> panels, int cols, String subtitle) {
    String title = title();
    return (g2, area) -> {
      g2.setPaint(Color.WHITE);
      g2.fill(area);
      drawCentered(g2, title, font(Font.BOLD, 20), ChartTheme.TEXT, area.getCenterX(), area.getY() + 28);
      drawCentered(
          g2, subtitle, font(Font.PLAIN, 12), ChartTheme.SUBTITLE, area.getCenterX(), area.getY() + 50);
      for (int i = 0; i < panels.size(); i++) {
        int row = i / cols;
        int col = i % cols;
        Rectangle2D cell =
            new Rectangle2D.Double(
                area.getX() + col * PANEL_WIDTH, area.getY() + HEADER + row * PANEL_HEIGHT,
                PANEL_WIDTH, PANEL_HEIGHT);
        panels.get(i).draw(g2, cell);
      }
    };
  }

  private static void drawCentered(
      Graphics2D g2, String text, Font f, Color c, double cx, double baseline) {
    g2.setFont(f);
    g2.setPaint(c);
    FontMetrics fm = g2.getFontMetrics();
    g2.drawString(text, (float) (cx - fm.stringWidth(text) / 2.0), (float) baseline);
  }
}
