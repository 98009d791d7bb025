package org.sujets.report;

import org.sujets.topics.TopicSummary;
import org.sujets.topics.TopicShareSeries;
import org.sujets.topics.ArticleTopics;
import org.sujets.topics.WeightedWord;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.StackedAreaRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Drawable;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/** Builds the report's charts with JFreeChart and renders each one as PNG and SVG. */
final class ReportCharts {

  /** A chart ready to draw at a fixed size. */
  record Chart(String name, String title, Drawable drawable, int width, int height) {}

  /** A chart rendered to both formats. */
  record Rendered(String name, String title, int width, int height, byte[] png, String svg) {}

  /** Every chart file name this writer may produce (without extension). */
  static final List<String> ALL_NAMES =
      List.of(
          "topic-words",
          "topic-prevalence",
          "topic-map",
          "article-topics",
          "dominant-topics",
          "keywords",
          "topics-by-month",
          "topics-by-source",
          "topics-by-section");

  static final int MAX_WORD_PANELS = 40;
  static final int WORDS_PER_PANEL = 10;
  static final int MAX_KEYWORDS = 20;
  static final int MAX_GROUPS = 25;
  static final int MAX_HEATMAP_ROWS = 80;

  static final String FONT_FAMILY = pickFontFamily();
  private static final Color TEXT = new Color(0x22, 0x22, 0x22);
  private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

  private ReportCharts() {}

  private static String pickFontFamily() {
    try {
      for (String f :
          GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT)) {
        if (f.equals("DejaVu Sans")) {
          return f;
        }
      }
    } catch (RuntimeException | Error e) {
      // No font configuration: fall back to the logical font.
    }
    return Font.SANS_SERIF;
  }

  static Font font(int style, int size) {
    return new Font(FONT_FAMILY, style, size);
  }

  static String topicName(TopicSummary t) {
    return "Sujet " + t.id() + " · " + clean(t.label());
  }

  static String clean(String s) {
    return s == null ? "" : s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
  }

  static NumberFormat decimal(String pattern) {
    DecimalFormatSymbols sym = DecimalFormatSymbols.getInstance(Locale.FRANCE);
    sym.setGroupingSeparator(' ');
    DecimalFormat f = new DecimalFormat(pattern, sym);
    return f;
  }

  static NumberFormat percent() {
    return percent("0.0' %'");
  }

  /** Axis ticks: "25 %", "2,5 %". */
  static NumberFormat percentAxis() {
    return percent("0.#' %'");
  }

  private static NumberFormat percent(String pattern) {
    DecimalFormatSymbols sym = DecimalFormatSymbols.getInstance(Locale.FRANCE);
    sym.setGroupingSeparator(' ');
    return new DecimalFormat(pattern, sym) {
      @Override
      public StringBuffer format(
          double number, StringBuffer toAppendTo, java.text.FieldPosition pos) {
        return super.format(number * 100, toAppendTo, pos);
      }
    };
  }

  private static StandardChartTheme theme() {
    StandardChartTheme t = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
    t.setExtraLargeFont(font(Font.BOLD, 18));
    t.setLargeFont(font(Font.BOLD, 14));
    t.setRegularFont(font(Font.PLAIN, 12));
    t.setSmallFont(font(Font.PLAIN, 11));
    t.setChartBackgroundPaint(Color.WHITE);
    t.setPlotBackgroundPaint(Color.WHITE);
    t.setPlotOutlinePaint(GRID);
    t.setDomainGridlinePaint(GRID);
    t.setRangeGridlinePaint(GRID);
    t.setAxisLabelPaint(TEXT);
    t.setTickLabelPaint(TEXT);
    t.setItemLabelPaint(TEXT);
    t.setTitlePaint(TEXT);
    t.setSubtitlePaint(new Color(0x55, 0x55, 0x55));
    t.setLegendBackgroundPaint(Color.WHITE);
    t.setLegendItemPaint(TEXT);
    t.setBarPainter(new StandardBarPainter());
    t.setXYBarPainter(new StandardXYBarPainter());
    t.setShadowVisible(false);
    return t;
  }

  private static void finish(JFreeChart chart, String subtitle) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setTextAntiAlias(true);
    chart.setAntiAlias(true);
    chart.setPadding(new RectangleInsets(8, 8, 8, 12));
    if (chart.getTitle() != null) {
      chart.getTitle().setFont(font(Font.BOLD, 18));
      chart.getTitle().setPaint(TEXT);
    }
    if (subtitle != null && !subtitle.isBlank()) {
      TextTitle sub = new TextTitle(subtitle, font(Font.PLAIN, 12));
      sub.setPaint(new Color(0x55, 0x55, 0x55));
      sub.setPadding(new RectangleInsets(2, 0, 8, 0));
      chart.addSubtitle(0, sub);
    }
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(font(Font.PLAIN, 12));
      legend.setFrame(BlockBorder.NONE);
      legend.setBackgroundPaint(Color.WHITE);
    }
  }

  // ---------------------------------------------------------------- all charts

  static List<Chart> build(ReportData data) {
    List<TopicSummary> topics = nn(data.topics());
    List<Chart> charts = new ArrayList<>();
    if (!topics.isEmpty()) {
      charts.add(topicWords(topics));
      charts.add(prevalence(topics, nn(data.counts() == null ? null : List.of(data.counts()))));
      double[][] d = data.topicDistances();
      if (topics.size() >= 2 && d != null && d.length >= maxId(topics)) {
        charts.add(topicMap(topics, d));
      }
    }
    if (!nn(data.articleTopics()).isEmpty() && !topics.isEmpty()) {
      charts.add(articleTopics(topics, data.articleTopics()));
    } else if (data.dominantTopicCounts() != null
        && Arrays.stream(data.dominantTopicCounts()).anyMatch(c -> c > 0)) {
      charts.add(dominantTopics(topics, data.dominantTopicCounts()));
    }
    if (!nn(data.corpusKeywords()).isEmpty()) {
      charts.add(keywords(data.corpusKeywords()));
    }
    if (!nn(data.byMonth()).isEmpty() && !topics.isEmpty()) {
      charts.add(byMonth(topics, data.byMonth()));
    }
    if (!nn(data.bySource()).isEmpty() && !topics.isEmpty()) {
      charts.add(
          byGroup(
              "topics-by-source",
              "Sujets par source",
              "Part moyenne de chaque sujet dans les articles de chaque source",
              topics,
              data.bySource()));
    }
    if (!nn(data.bySection()).isEmpty() && !topics.isEmpty()) {
      charts.add(
          byGroup(
              "topics-by-section",
              "Sujets par rubrique",
              "Part moyenne de chaque sujet dans les articles de chaque rubrique",
              topics,
              data.bySection()));
    }
    return charts;
  }

  static <T> List<T> nn(List<T> l) {
    return l == null ? List.of() : l;
  }

  private static int maxId(List<TopicSummary> topics) {
    return topics.stream().mapToInt(TopicSummary::id).max().orElse(0);
  }

  private static String topicNameOf(List<TopicSummary> topics, int id) {
    for (TopicSummary t : topics) {
      if (t.id() == id) {
        return topicName(t);
      }
    }
    return "Sujet " + id;
  }

  // ---------------------------------------------------------------- rendering

  static Rendered render(Chart c) {
    BufferedImage img = new BufferedImage(c.width(), c.height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      hints(g);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, c.width(), c.height());
      c.drawable().draw(g, new Rectangle2D.Double(0, 0, c.width(), c.height()));
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SVGGraphics2D s = new SVGGraphics2D(c.width(), c.height());
    s.setDefsKeyPrefix("sujets-" + c.name() + "-");
    s.setFontFunction(
        family ->
            family.equals(Font.SANS_SERIF) || family.equals("DejaVu Sans")
                ? "DejaVu Sans, Verdana, Arial, sans-serif"
                : family);
    hints(s);
    c.drawable().draw(s, new Rectangle2D.Double(0, 0, c.width(), c.height()));
    return new Rendered(c.name(), c.title(), c.width(), c.height(), png.toByteArray(), s.getSVGDocument());
  }

  private static void hints(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
  }

  // ---------------------------------------------------------------- topic words

  private static Chart topicWords(List<TopicSummary> all) {
    List<TopicSummary> topics = all.size() > MAX_WORD_PANELS ? all.subList(0, MAX_WORD_PANELS) : all;
    int k = topics.size();
    int cols = k <= 2 ? k : (k <= 4 ? 2 : (k <= 9 ? 3 : 4));
    int rows = (k + cols - 1) / cols;
    int panelW = 420;
    int panelH = 340;
    int header = 64;
    double max = 0;
    for (TopicSummary t : topics) {
      for (WeightedWord w : t.words()) {
        max = Math.max(max, w.weight());
      }
    }
    final double upper = max > 0 ? max * 1.3 : 1;
    StandardChartTheme theme = theme();
    List<JFreeChart> panels = new ArrayList<>();
    for (TopicSummary t : topics) {
      DefaultCategoryDataset ds = new DefaultCategoryDataset();
      int n = 0;
      for (WeightedWord w : t.words()) {
        if (n >= WORDS_PER_PANEL) {
          break;
        }
        String word = clean(w.word());
        if (ds.getColumnIndex(word) >= 0) {
          continue;
        }
        ds.addValue(w.weight(), "poids", word);
        n++;
      }
      JFreeChart chart =
          ChartFactory.createBarChart(
              null, null, null, ds, PlotOrientation.HORIZONTAL, false, false, false);
      theme.apply(chart);
      TextTitle title = new TextTitle(topicName(t), font(Font.BOLD, 14));
      title.setPaint(TEXT);
      title.setMaximumLinesToDisplay(2);
      title.setPadding(new RectangleInsets(4, 4, 6, 4));
      chart.setTitle(title);
      chart.setBackgroundPaint(Color.WHITE);
      chart.setTextAntiAlias(true);
      chart.setPadding(new RectangleInsets(6, 6, 6, 10));
      CategoryPlot plot = chart.getCategoryPlot();
      plot.setOutlineVisible(false);
      plot.setRangeGridlinePaint(GRID);
      BarRenderer r = (BarRenderer) plot.getRenderer();
      r.setSeriesPaint(0, Palette.color(t.id()));
      r.setMaximumBarWidth(0.12);
      r.setItemMargin(0);
      r.setDefaultItemLabelGenerator(
          new StandardCategoryItemLabelGenerator("{2}", decimal("0.000")));
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
      na.setNumberFormatOverride(decimal("0.00#"));
      na.setTickLabelFont(font(Font.PLAIN, 10));
      na.setLabel(null);
      panels.add(chart);
    }
    int width = cols * panelW;
    int height = header + rows * panelH;
    String title = "Mots les plus probables de chaque sujet";
    String subtitle =
        all.size() > topics.size()
            ? "Les " + topics.size() + " premiers sujets sur " + all.size() + " ; poids = probabilité du mot dans le sujet"
            : "Poids = probabilité du mot dans le sujet";
    Drawable grid =
        (g2, area) -> {
          g2.setPaint(Color.WHITE);
          g2.fill(area);
          drawCentered(g2, title, font(Font.BOLD, 20), TEXT, area.getCenterX(), area.getY() + 28);
          drawCentered(
              g2, subtitle, font(Font.PLAIN, 12), new Color(0x55, 0x55, 0x55), area.getCenterX(), area.getY() + 50);
          for (int i = 0; i < panels.size(); i++) {
            int row = i / cols;
            int col = i % cols;
            Rectangle2D cell =
                new Rectangle2D.Double(
                    area.getX() + col * panelW, area.getY() + header + row * panelH, panelW, panelH);
            panels.get(i).draw(g2, cell);
          }
        };
    return new Chart("topic-words", title, grid, width, height);
  }

  private static void drawCentered(
      Graphics2D g2, String text, Font f, Color c, double cx, double baseline) {
    g2.setFont(f);
    g2.setPaint(c);
    FontMetrics fm = g2.getFontMetrics();
    g2.drawString(text, (float) (cx - fm.stringWidth(text) / 2.0), (float) baseline);
  }

  // ---------------------------------------------------------------- bars

  /** A bar renderer that paints each category (column) with its own colour. */
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

  private static JFreeChart horizontalBars(
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
    theme().apply(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    ColumnColourBarRenderer r = new ColumnColourBarRenderer(colours);
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(false);
    r.setMaximumBarWidth(0.08);
    r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", labelFormat));
    r.setDefaultItemLabelsVisible(true);
    r.setDefaultItemLabelFont(font(Font.PLAIN, 12));
    r.setDefaultItemLabelPaint(TEXT);
    r.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    r.setItemLabelAnchorOffset(5);
    plot.setRenderer(r);
    plot.setOutlineVisible(false);
    CategoryAxis ca = plot.getDomainAxis();
    ca.setTickLabelFont(font(Font.PLAIN, 13));
    ca.setMaximumCategoryLabelWidthRatio(0.5f);
    ca.setMaximumCategoryLabelLines(2);
    ca.setCategoryMargin(0.3);
    ca.setLowerMargin(0.01);
    ca.setUpperMargin(0.01);
    NumberAxis na = (NumberAxis) plot.getRangeAxis();
    na.setUpperMargin(0.18);
    na.setNumberFormatOverride(axisFormat);
    na.setLabelFont(font(Font.PLAIN, 12));
    finish(chart, subtitle);
    return chart;
  }

  private static Chart prevalence(List<TopicSummary> topics, List<RunCounts> counts) {
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    List<Color> colours = new ArrayList<>();
    for (TopicSummary t : topics) {
      ds.addValue(t.prevalence(), "prévalence", topicName(t));
      colours.add(Palette.color(t.id()));
    }
    String sub =
        counts.isEmpty()
            ? "Part moyenne de chaque sujet dans les articles"
            : "Part moyenne de chaque sujet dans les " + counts.get(0).articles() + " articles";
    JFreeChart chart =
        horizontalBars(
            "Prévalence des sujets", sub, "part moyenne", ds, colours, percent(), percentAxis());
    int height = Math.max(320, 130 + topics.size() * 30);
    return new Chart("topic-prevalence", "Prévalence des sujets", chart, 1100, height);
  }

  private static Chart dominantTopics(List<TopicSummary> topics, long[] counts) {
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    List<Color> colours = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < counts.length; i++) {
      ds.addValue(counts[i], "articles", topicNameOf(topics, i + 1));
      colours.add(Palette.color(i + 1));
      total += counts[i];
    }
    JFreeChart chart =
        horizontalBars(
            "Sujet dominant des articles",
            "Nombre d'articles dont chaque sujet est le sujet principal (" + total + " articles)",
            "articles",
            ds,
            colours,
            decimal("#,##0"),
            decimal("#,##0"));
    ((NumberAxis) chart.getCategoryPlot().getRangeAxis())
        .setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    int height = Math.max(320, 130 + counts.length * 30);
    return new Chart("dominant-topics", "Sujet dominant des articles", chart, 1100, height);
  }

  private static Chart keywords(List<Keyword> all) {
    List<Keyword> kw = all.size() > MAX_KEYWORDS ? all.subList(0, MAX_KEYWORDS) : all;
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    List<Color> colours = new ArrayList<>();
    for (Keyword k : kw) {
      String w = clean(k.word());
      if (ds.getColumnIndex(w) >= 0) {
        continue;
      }
      ds.addValue(k.score(), "score", w);
      colours.add(Palette.NEUTRAL);
    }
    JFreeChart chart =
        horizontalBars(
            "Mots-clés du corpus",
            "Les " + ds.getColumnCount() + " meilleurs mots-clés : TF-IDF moyen sur les articles",
            "score TF-IDF",
            ds,
            colours,
            decimal("0.000"),
            decimal("0.00#"));
    int height = Math.max(320, 130 + ds.getColumnCount() * 28);
    return new Chart("keywords", "Mots-clés du corpus", chart, 1000, height);
  }

  // ---------------------------------------------------------------- stacked

  private static void colourSeries(CategoryItemRenderer r, DefaultCategoryDataset ds, List<Integer> ids) {
    for (int s = 0; s < ds.getRowCount(); s++) {
      r.setSeriesPaint(s, Palette.color(ids.get(s)));
    }
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

  private static Chart byMonth(List<TopicSummary> topics, List<TopicShareSeries> allMonths) {
    List<TopicShareSeries> months = chartedMonths(allMonths);
    int leftOut = allMonths.size() - months.size();
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    List<Integer> ids = new ArrayList<>();
    for (TopicSummary t : topics) {
      ids.add(t.id());
      for (TopicShareSeries m : months) {
        double v = t.id() - 1 < m.shares().length ? m.shares()[t.id() - 1] : 0;
        ds.addValue(v, legendName(t), clean(m.key()));
      }
    }
    boolean area = months.size() >= 2;
    JFreeChart chart =
        area
            ? ChartFactory.createStackedAreaChart(
                "Sujets au fil des mois", null, "part des articles du mois", ds,
                PlotOrientation.VERTICAL, true, false, false)
            : ChartFactory.createStackedBarChart(
                "Sujets au fil des mois", null, "part des articles du mois", ds,
                PlotOrientation.VERTICAL, true, false, false);
    theme().apply(chart);
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
    colourSeries(r, ds, ids);
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
    na.setNumberFormatOverride(percentAxis());
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
    long total = months.stream().mapToLong(TopicShareSeries::articles).sum();
    finish(chart, "Part moyenne de chaque sujet par mois (" + months.size() + " mois, " + total + " articles"
        + (leftOut > 0 ? " ; " + leftOut + " mois trop peu fournis omis" : "") + ")");
    int width = Math.max(1200, 700 + months.size() * 30);
    int height = Math.max(560, 120 + topics.size() * 20);
    return new Chart("topics-by-month", "Sujets au fil des mois", chart, width, height);
  }

  private static String legendName(TopicSummary t) {
    return t.id() + " · " + Escape.shorten(clean(t.label()), 50);
  }

  private static Chart byGroup(
      String name, String title, String subtitle, List<TopicSummary> topics, List<TopicShareSeries> all) {
    List<TopicShareSeries> groups = all.size() > MAX_GROUPS ? all.subList(0, MAX_GROUPS) : all;
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    List<Integer> ids = new ArrayList<>();
    for (TopicSummary t : topics) {
      ids.add(t.id());
      for (TopicShareSeries g : groups) {
        double v = t.id() - 1 < g.shares().length ? g.shares()[t.id() - 1] : 0;
        ds.addValue(v, legendName(t), Escape.shorten(clean(g.key()), 40) + " (" + g.articles() + ")");
      }
    }
    JFreeChart chart =
        ChartFactory.createStackedBarChart(
            title, null, "part des articles", ds, PlotOrientation.HORIZONTAL, true, false, false);
    theme().apply(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setOutlineVisible(false);
    StackedBarRenderer r = (StackedBarRenderer) plot.getRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(true);
    r.setDefaultOutlinePaint(Color.WHITE);
    r.setDefaultOutlineStroke(new BasicStroke(0.5f));
    r.setAutoPopulateSeriesOutlinePaint(false);
    r.setMaximumBarWidth(0.1);
    colourSeries(r, ds, ids);
    CategoryAxis ca = plot.getDomainAxis();
    ca.setTickLabelFont(font(Font.PLAIN, 13));
    ca.setMaximumCategoryLabelWidthRatio(0.4f);
    ca.setMaximumCategoryLabelLines(2);
    ca.setCategoryMargin(0.3);
    NumberAxis na = (NumberAxis) plot.getRangeAxis();
    na.setRange(0, 1.0);
    na.setNumberFormatOverride(percentAxis());
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
    String sub =
        all.size() > groups.size()
            ? subtitle + " (les " + groups.size() + " plus grandes sur " + all.size() + ")"
            : subtitle + " (nombre d'articles entre parenthèses)";
    finish(chart, sub);
    int height = Math.max(Math.max(420, 160 + groups.size() * 40), 140 + topics.size() * 20);
    return new Chart(name, title, chart, 1300, height);
  }

  // ---------------------------------------------------------------- heatmap

  /** White → dark blue, linear in the share. */
  private static final class BluesScale implements PaintScale {
    private static final Color[] STOPS = {
      new Color(0xF7, 0xFB, 0xFF), new Color(0x9E, 0xCA, 0xE1), new Color(0x31, 0x82, 0xBD),
      new Color(0x08, 0x30, 0x6B)
    };
    private final double upper;

    BluesScale(double upper) {
      this.upper = upper;
    }

    @Override
    public double getLowerBound() {
      return 0;
    }

    @Override
    public double getUpperBound() {
      return upper;
    }

    @Override
    public Paint getPaint(double value) {
      double t = Double.isFinite(value) ? Math.max(0, Math.min(1, value / upper)) : 0;
      double pos = t * (STOPS.length - 1);
      int i = Math.min(STOPS.length - 2, (int) Math.floor(pos));
      double f = pos - i;
      Color a = STOPS[i];
      Color b = STOPS[i + 1];
      return new Color(
          (int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
          (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
          (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }
  }

  private static Chart articleTopics(List<TopicSummary> topics, List<ArticleTopics> all) {
    List<ArticleTopics> rows = all.size() > MAX_HEATMAP_ROWS ? all.subList(0, MAX_HEATMAP_ROWS) : all;
    int k = maxId(topics);
    int n = rows.size();
    double[] xs = new double[n * k];
    double[] ys = new double[n * k];
    double[] zs = new double[n * k];
    String[] names = new String[n];
    for (int a = 0; a < n; a++) {
      ArticleTopics at = rows.get(a);
      String t = Escape.shorten(clean(at.title()), 52);
      names[a] = t.isEmpty() ? clean(at.id()) : t;
      for (int j = 0; j < k; j++) {
        int idx = a * k + j;
        xs[idx] = j + 1;
        ys[idx] = a;
        zs[idx] = at.shares() != null && j < at.shares().length ? at.shares()[j] : 0;
      }
    }
    // Duplicate titles would collapse on a SymbolAxis lookup; make them distinct.
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < a; b++) {
        if (names[a].equals(names[b])) {
          names[a] = names[a] + " (" + (a + 1) + ")";
        }
      }
    }
    DefaultXYZDataset ds = new DefaultXYZDataset();
    ds.addSeries("parts", new double[][] {xs, ys, zs});
    NumberAxis xAxis = new NumberAxis("sujet");
    xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    xAxis.setRange(0.5, k + 0.5);
    xAxis.setTickLabelFont(font(Font.PLAIN, 12));
    xAxis.setLabelFont(font(Font.PLAIN, 12));
    SymbolAxis yAxis = new SymbolAxis(null, names);
    yAxis.setInverted(true);
    yAxis.setGridBandsVisible(false);
    yAxis.setTickLabelFont(font(Font.PLAIN, 12));
    yAxis.setRange(-0.5, n - 0.5);
    XYBlockRenderer r = new XYBlockRenderer();
    BluesScale scale = new BluesScale(1.0);
    r.setPaintScale(scale);
    r.setBlockWidth(1);
    r.setBlockHeight(1);
    XYPlot plot = new XYPlot(ds, xAxis, yAxis, r);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setOutlinePaint(GRID);
    JFreeChart chart = new JFreeChart("Sujets de chaque article", font(Font.BOLD, 18), plot, false);
    NumberAxis scaleAxis = new NumberAxis("part de l'article");
    scaleAxis.setRange(0, 1);
    scaleAxis.setNumberFormatOverride(percentAxis());
    scaleAxis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.1));
    scaleAxis.setTickLabelFont(font(Font.PLAIN, 11));
    scaleAxis.setLabelFont(font(Font.PLAIN, 11));
    PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setStripWidth(14);
    legend.setAxisOffset(4);
    legend.setMargin(new RectangleInsets(30, 12, 30, 4));
    legend.setBackgroundPaint(Color.WHITE);
    chart.addSubtitle(legend);
    String sub =
        all.size() > n
            ? "Part de chaque sujet dans les " + n + " premiers articles (sur " + all.size() + ")"
            : "Part de chaque sujet dans chacun des " + n + " articles";
    finish(chart, sub);
    int width = Math.max(900, 520 + k * 30);
    int height = 150 + n * 22;
    return new Chart("article-topics", "Sujets de chaque article", chart, width, height);
  }

  // ---------------------------------------------------------------- topic map

  private static Chart topicMap(List<TopicSummary> topics, double[][] distances) {
    int k = maxId(topics);
    double[][] sub = new double[k][];
    for (int i = 0; i < k; i++) {
      sub[i] = distances[i] == null ? new double[k] : Arrays.copyOf(distances[i], k);
    }
    double[][] xy = ClassicalMds.embed(sub);
    int width = 1200;
    int height = 900;
    double maxPrev = topics.stream().mapToDouble(TopicSummary::prevalence).max().orElse(0);
    double rMax = 46;
    double rMin = 5;

    XYSeriesCollection ds = new XYSeriesCollection();
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
    double[] radius = new double[topics.size()];
    for (int s = 0; s < topics.size(); s++) {
      TopicSummary t = topics.get(s);
      XYSeries series = new XYSeries(legendName(t) + " #" + s, false, true);
      series.add(xy[t.id() - 1][0], xy[t.id() - 1][1]);
      ds.addSeries(series);
      double rad =
          maxPrev > 0 ? Math.max(rMin, rMax * Math.sqrt(Math.max(0, t.prevalence()) / maxPrev)) : rMin;
      radius[s] = rad;
      Color c = Palette.color(t.id());
      r.setSeriesShape(s, new Ellipse2D.Double(-rad, -rad, 2 * rad, 2 * rad));
      r.setSeriesPaint(s, new Color(c.getRed(), c.getGreen(), c.getBlue(), 150));
      r.setSeriesOutlinePaint(s, c.darker());
      r.setSeriesOutlineStroke(s, new BasicStroke(1.2f));
    }
    r.setUseOutlinePaint(true);
    r.setDrawOutlines(true);
    NumberAxis xAxis = new NumberAxis("dimension 1");
    NumberAxis yAxis = new NumberAxis("dimension 2");
    for (NumberAxis a : List.of(xAxis, yAxis)) {
      a.setTickLabelsVisible(false);
      a.setTickMarksVisible(false);
      a.setAutoRange(false);
      a.setLabelFont(font(Font.PLAIN, 12));
    }
    XYPlot plot = new XYPlot(ds, xAxis, yAxis, r);
    plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setDomainZeroBaselineVisible(true);
    plot.setRangeZeroBaselineVisible(true);
    plot.setDomainZeroBaselinePaint(GRID);
    plot.setRangeZeroBaselinePaint(GRID);
    plot.setOutlinePaint(GRID);
    JFreeChart chart = new JFreeChart("Carte des distances entre sujets", font(Font.BOLD, 18), plot, false);
    finish(
        chart,
        "Positionnement multidimensionnel des distances de Jensen–Shannon ; aire du disque ∝ prévalence");

    // Equal scale on both axes, with room for the largest disc.
    double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
    for (TopicSummary t : topics) {
      double[] p = xy[t.id() - 1];
      minX = Math.min(minX, p[0]);
      maxX = Math.max(maxX, p[0]);
      minY = Math.min(minY, p[1]);
      maxY = Math.max(maxY, p[1]);
    }
    Rectangle2D area = dataArea(chart, width, height);
    double margin = rMax + 40;
    double u =
        Math.max(
            (maxX - minX) / Math.max(1, area.getWidth() - 2 * margin),
            (maxY - minY) / Math.max(1, area.getHeight() - 2 * margin));
    if (!(u > 0)) {
      u = 1.0 / area.getWidth();
    }
    double cx = (minX + maxX) / 2;
    double cy = (minY + maxY) / 2;
    xAxis.setRange(cx - u * area.getWidth() / 2, cx + u * area.getWidth() / 2);
    yAxis.setRange(cy - u * area.getHeight() / 2, cy + u * area.getHeight() / 2);
    area = dataArea(chart, width, height);

    // Label placement: greedy, largest topics first, candidates around each disc.
    Font labelFont = font(Font.PLAIN, 13);
    BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = scratch.createGraphics();
    hints(g);
    FontMetrics fm = g.getFontMetrics(labelFont);
    List<Rectangle2D> placed = new ArrayList<>();
    List<Rectangle2D> discs = new ArrayList<>();
    double[][] centre = new double[topics.size()][2];
    for (int s = 0; s < topics.size(); s++) {
      double[] p = xy[topics.get(s).id() - 1];
      centre[s][0] = xAxis.valueToJava2D(p[0], area, RectangleEdge.BOTTOM);
      centre[s][1] = yAxis.valueToJava2D(p[1], area, RectangleEdge.LEFT);
      discs.add(
          new Rectangle2D.Double(
              centre[s][0] - radius[s], centre[s][1] - radius[s], 2 * radius[s], 2 * radius[s]));
    }
    double[] angles = {0, Math.PI, -Math.PI / 4, Math.PI / 4, -3 * Math.PI / 4, 3 * Math.PI / 4, -Math.PI / 2, Math.PI / 2};
    for (int s = 0; s < topics.size(); s++) {
      TopicSummary t = topics.get(s);
      String text = t.id() + " · " + Escape.shorten(clean(t.label()), 48);
      double tw = fm.stringWidth(text) + 8;
      double th = fm.getHeight() + 2;
      Rectangle2D best = null;
      double bestScore = Double.MAX_VALUE;
      double bestDist = 0;
      for (double extra : new double[] {4, 14, 30, 55, 90, 140}) {
        double dist = radius[s] + extra;
        for (double a : angles) {
          double cos = Math.cos(a);
          double sin = Math.sin(a);
          double px = centre[s][0] + dist * cos;
          double py = centre[s][1] + dist * sin;
          double x = cos > 0.3 ? px : (cos < -0.3 ? px - tw : px - tw / 2);
          double y = sin > 0.3 ? py : (sin < -0.3 ? py - th : py - th / 2);
          Rectangle2D rect = new Rectangle2D.Double(x, y, tw, th);
          double score = extra * 2;
          if (!area.contains(rect)) {
            score += 1e7;
          }
          for (Rectangle2D o : placed) {
            score += 1e4 * overlap(rect, o);
          }
          for (int o = 0; o < discs.size(); o++) {
            score += (o == s ? 50 : 3) * overlap(rect, discs.get(o));
          }
          // A label nearer to another disc than to its own reads as that disc's label.
          double own = gap(rect, discs.get(s));
          for (int o = 0; o < discs.size(); o++) {
            if (o != s && gap(rect, discs.get(o)) < own) {
              score += 400;
            }
          }
          if (Math.abs(sin) > 0.3 && Math.abs(cos) > 0.3) {
            score += 6; // diagonal placements read less clearly than side ones
          }
          if (score < bestScore) {
            bestScore = score;
            best = rect;
            bestDist = extra + (Math.abs(sin) > 0.3 && Math.abs(cos) > 0.3 ? 20 : 0);
          }
        }
        if (bestScore < 1e3 && bestScore <= extra * 2 + 7) {
          break;
        }
      }
      placed.add(best);
      double lx = xAxis.java2DToValue(best.getCenterX(), area, RectangleEdge.BOTTOM);
      double ly = yAxis.java2DToValue(best.getCenterY(), area, RectangleEdge.LEFT);
      if (bestDist > 20) {
        double ex = Math.max(best.getMinX(), Math.min(centre[s][0], best.getMaxX()));
        double ey = Math.max(best.getMinY(), Math.min(centre[s][1], best.getMaxY()));
        XYLineAnnotation line =
            new XYLineAnnotation(
                xy[t.id() - 1][0],
                xy[t.id() - 1][1],
                xAxis.java2DToValue(ex, area, RectangleEdge.BOTTOM),
                yAxis.java2DToValue(ey, area, RectangleEdge.LEFT),
                new BasicStroke(0.8f),
                new Color(0x88, 0x88, 0x88));
        plot.addAnnotation(line);
      }
      XYTextAnnotation label = new XYTextAnnotation(text, lx, ly);
      label.setFont(labelFont);
      label.setPaint(TEXT);
      label.setTextAnchor(TextAnchor.CENTER);
      label.setBackgroundPaint(new Color(255, 255, 255, 215));
      label.setOutlineVisible(false);
      plot.addAnnotation(label);
    }
    g.dispose();
    return new Chart("topic-map", "Carte des distances entre sujets", chart, width, height);
  }

  /** Distance between two rectangles (0 when they touch or overlap). */
  private static double gap(Rectangle2D a, Rectangle2D b) {
    double dx = Math.max(0, Math.max(a.getMinX() - b.getMaxX(), b.getMinX() - a.getMaxX()));
    double dy = Math.max(0, Math.max(a.getMinY() - b.getMaxY(), b.getMinY() - a.getMaxY()));
    return Math.hypot(dx, dy);
  }

  private static double overlap(Rectangle2D a, Rectangle2D b) {
    double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
    double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
    return w > 0 && h > 0 ? w * h : 0;
  }

  private static Rectangle2D dataArea(JFreeChart chart, int width, int height) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      hints(g);
      ChartRenderingInfo info = new ChartRenderingInfo();
      chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
      return (Rectangle2D) info.getPlotInfo().getDataArea().clone();
    } finally {
      g.dispose();
    }
  }
}
