package org.sujets.report;

import static org.sujets.report.ChartTheme.font;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.sujets.topics.ArticleTopics;

/**
 * The heat map of small corpora: one row per article, one column per topic, each cell the
 * topic's share of the article. The job only sends per-article shares for small corpora.
 */
final class ArticleTopicsChart implements ChartKind {
  /** Rows beyond this would shrink below a readable title; the subtitle says how many are shown. */
  static final int MAX_HEATMAP_ROWS = 80;

  @Override
  public String name() {
    return "article-topics";
  }

  @Override
  public String title() {
    return "Sujets de chaque article";
  }

  @Override
  public boolean appliesTo(ReportData data) {
    return shown(data);
  }

  /** Whether the heat map is drawn ({@link DominantTopicsChart} stands in for it when not). */
  static boolean shown(ReportData data) {
    return !data.articleTopics().isEmpty() && !data.topics().isEmpty();
  }

  @Override
  public Chart draw(ReportData data) {
    List<ArticleTopics> all = data.articleTopics();
    List<ArticleTopics> rows = all.size() > MAX_HEATMAP_ROWS ? all.subList(0, MAX_HEATMAP_ROWS) : all;
    int k = data.maxTopicId();
    int n = rows.size();
    BluesScale scale = new BluesScale(1.0);
    XYPlot plot = plot(rows, k, scale);
    JFreeChart chart = new JFreeChart(title(), font(Font.BOLD, 18), plot, false);
    chart.addSubtitle(legend(scale));
    String sub =
        all.size() > n
            ? "Part de chaque sujet dans les " + n + " premiers articles (sur " + all.size() + ")"
            : "Part de chaque sujet dans chacun des " + n + " articles";
    ChartTheme.finish(chart, sub);
    return sized(chart, Math.max(900, 520 + k * 30), 150 + n * 22);
  }

  private static XYPlot plot(List<ArticleTopics> rows, int k, BluesScale scale) {
    int n = rows.size();
    NumberAxis xAxis = new NumberAxis("sujet");
    xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    xAxis.setRange(0.5, k + 0.5);
    xAxis.setTickLabelFont(font(Font.PLAIN, 12));
    xAxis.setLabelFont(font(Font.PLAIN, 12));
    SymbolAxis yAxis = new SymbolAxis(null, rowNames(rows));
    yAxis.setInverted(true);
    yAxis.setGridBandsVisible(false);
    yAxis.setTickLabelFont(font(Font.PLAIN, 12));
    yAxis.setRange(-0.5, n - 0.5);
    XYBlockRenderer r = new XYBlockRenderer();
    r.setPaintScale(scale);
    r.setBlockWidth(1);
    r.setBlockHeight(1);
    XYPlot plot = new XYPlot(cells(rows, k), xAxis, yAxis, r);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setOutlinePaint(ChartTheme.GRID);
    return plot;
  }

  /** Cell (topic j + 1, row a) holds the share; a missing share counts 0. */
  private static DefaultXYZDataset cells(List<ArticleTopics> rows, int k) {
    int n = rows.size();
    double[] xs = new double[n * k];
    double[] ys = new double[n * k];
    double[] zs = new double[n * k];
    for (int a = 0; a < n; a++) {
      ArticleTopics at = rows.get(a);
      for (int j = 0; j < k; j++) {
        int idx = a * k + j;
        xs[idx] = j + 1;
        ys[idx] = a;
        zs[idx] = at.shares() != null && j < at.shares().length ? at.shares()[j] : 0;
      }
    }
    DefaultXYZDataset ds = new DefaultXYZDataset();
    ds.addSeries("parts", new double[][] {xs, ys, zs});
    return ds;
  }

  /** Each row's shortened title (its id when untitled), made distinct. */
  private static String[] rowNames(List<ArticleTopics> rows) {
    int n = rows.size();
    String[] names = new String[n];
    for (int a = 0; a < n; a++) {
      String t = Escape.shorten(ChartText.clean(rows.get(a).title()), 52);
      names[a] = t.isEmpty() ? ChartText.clean(rows.get(a).id()) : t;
    }
    // Duplicate titles would collapse on a SymbolAxis lookup; make them distinct.
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < a; b++) {
        if (names[a].equals(names[b])) {
          names[a] = names[a] + " (" + (a + 1) + ")";
        }
      }
    }
    return names;
  }

  /** The colour bar on the right, 0–100 % in steps of 10. */
  private static PaintScaleLegend legend(BluesScale scale) {
    NumberAxis scaleAxis = new NumberAxis("part de l'article");
    scaleAxis.setRange(0, 1);
    scaleAxis.setNumberFormatOverride(ChartFormats.percentAxis());
    scaleAxis.setTickUnit(new NumberTickUnit(0.1));
    scaleAxis.setTickLabelFont(font(Font.PLAIN, 11));
    scaleAxis.setLabelFont(font(Font.PLAIN, 11));
    PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setStripWidth(14);
    legend.setAxisOffset(4);
    legend.setMargin(new RectangleInsets(30, 12, 30, 4));
    legend.setBackgroundPaint(Color.WHITE);
    return legend;
  }
}
