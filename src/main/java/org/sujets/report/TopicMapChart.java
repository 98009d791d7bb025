package org.sujets.report;

import static org.sujets.report.ChartTheme.font;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.sujets.topics.TopicSummary;

/**
 * The intertopic distance map: topics placed by classical MDS of their Jensen–Shannon
 * distances, each a disc whose area is proportional to its prevalence, labelled beside it. Both
 * axes share one scale, so that distances on the page mean the same in every direction.
 */
final class TopicMapChart implements ChartKind {
  private static final int WIDTH = 1200;
  private static final int HEIGHT = 900;
  private static final double MAX_RADIUS = 46;
  private static final double MIN_RADIUS = 5;

  @Override
  public String name() {
    return "topic-map";
  }

  @Override
  public String title() {
    return "Carte des distances entre sujets";
  }

  @Override
  public boolean appliesTo(ReportData data) {
    double[][] d = data.topicDistances();
    return data.topics().size() >= 2 && d != null && d.length >= data.maxTopicId();
  }

  @Override
  public Chart draw(ReportData data) {
    List<TopicSummary> topics = data.topics();
    double[][] xy = coordinates(data);
    double[] radius = radii(topics);
    NumberAxis xAxis = axis("dimension 1");
    NumberAxis yAxis = axis("dimension 2");
    XYPlot plot = new XYPlot(discs(topics, xy), xAxis, yAxis, discRenderer(topics, radius));
    plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setDomainZeroBaselineVisible(true);
    plot.setRangeZeroBaselineVisible(true);
    plot.setDomainZeroBaselinePaint(ChartTheme.GRID);
    plot.setRangeZeroBaselinePaint(ChartTheme.GRID);
    plot.setOutlinePaint(ChartTheme.GRID);
    JFreeChart chart = new JFreeChart(title(), font(Font.BOLD, 18), plot, false);
    ChartTheme.finish(
        chart,
        "Positionnement multidimensionnel des distances de Jensen–Shannon ; aire du disque ∝ prévalence");
    equalScale(chart, topics, xy);
    label(chart, topics, xy, radius);
    return sized(chart, WIDTH, HEIGHT);
  }

  /**
   * Each topic's place on the map by rank (id − 1), as the chart draws it; null when the map does
   * not apply (fewer than two topics, no distances). The HTML page draws its map from these.
   */
  static double[][] coordinates(ReportData data) {
    return new TopicMapChart().appliesTo(data)
        ? ClassicalMds.embed(distances(data.topicDistances(), data.maxTopicId()))
        : null;
  }

  /** The k × k block of the distances (index i is topic id i + 1); a missing row is all 0. */
  private static double[][] distances(double[][] distances, int k) {
    double[][] sub = new double[k][];
    for (int i = 0; i < k; i++) {
      sub[i] = distances[i] == null ? new double[k] : Arrays.copyOf(distances[i], k);
    }
    return sub;
  }

  /** Area ∝ prevalence, with a floor so that a rare topic still shows. */
  private static double[] radii(List<TopicSummary> topics) {
    double maxPrev = topics.stream().mapToDouble(TopicSummary::prevalence).max().orElse(0);
    double[] radius = new double[topics.size()];
    for (int s = 0; s < topics.size(); s++) {
      double p = Math.max(0, topics.get(s).prevalence());
      radius[s] = maxPrev > 0 ? Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(p / maxPrev)) : MIN_RADIUS;
    }
    return radius;
  }

  /** One single-point series per topic, so that each gets its own disc shape and colour. */
  private static XYSeriesCollection discs(List<TopicSummary> topics, double[][] xy) {
    XYSeriesCollection ds = new XYSeriesCollection();
    for (int s = 0; s < topics.size(); s++) {
      TopicSummary t = topics.get(s);
      XYSeries series = new XYSeries(ChartText.legendName(t) + " #" + s, false, true);
      series.add(xy[t.id() - 1][0], xy[t.id() - 1][1]);
      ds.addSeries(series);
    }
    return ds;
  }

  /** Translucent discs in the topic's colour, outlined darker, so that overlaps stay visible. */
  private static XYLineAndShapeRenderer discRenderer(List<TopicSummary> topics, double[] radius) {
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
    for (int s = 0; s < topics.size(); s++) {
      double rad = radius[s];
      Color c = Palette.color(topics.get(s).id());
      r.setSeriesShape(s, new Ellipse2D.Double(-rad, -rad, 2 * rad, 2 * rad));
      r.setSeriesPaint(s, new Color(c.getRed(), c.getGreen(), c.getBlue(), 150));
      r.setSeriesOutlinePaint(s, c.darker());
      r.setSeriesOutlineStroke(s, new BasicStroke(1.2f));
    }
    r.setUseOutlinePaint(true);
    r.setDrawOutlines(true);
    return r;
  }

  /** MDS coordinates have no unit worth reading: no ticks, and ranges set by equalScale. */
  private static NumberAxis axis(String label) {
    NumberAxis a = new NumberAxis(label);
    a.setTickLabelsVisible(false);
    a.setTickMarksVisible(false);
    a.setAutoRange(false);
    a.setLabelFont(font(Font.PLAIN, 12));
    return a;
  }

  /** One data unit per pixel on both axes, centred, with room for the largest disc. */
  private static void equalScale(JFreeChart chart, List<TopicSummary> topics, double[][] xy) {
    double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
    for (TopicSummary t : topics) {
      double[] p = xy[t.id() - 1];
      minX = Math.min(minX, p[0]);
      maxX = Math.max(maxX, p[0]);
      minY = Math.min(minY, p[1]);
      maxY = Math.max(maxY, p[1]);
    }
    Rectangle2D area = ChartRendering.dataArea(chart, WIDTH, HEIGHT);
    double margin = MAX_RADIUS + 40;
    double u =
        Math.max(
            (maxX - minX) / Math.max(1, area.getWidth() - 2 * margin),
            (maxY - minY) / Math.max(1, area.getHeight() - 2 * margin));
    if (!(u > 0)) {
      u = 1.0 / area.getWidth();
    }
    double cx = (minX + maxX) / 2;
    double cy = (minY + maxY) / 2;
    XYPlot plot = chart.getXYPlot();
    plot.getDomainAxis().setRange(cx - u * area.getWidth() / 2, cx + u * area.getWidth() / 2);
    plot.getRangeAxis().setRange(cy - u * area.getHeight() / 2, cy + u * area.getHeight() / 2);
  }

  /** Labels beside their discs ({@link MapLabels}), a leader line to those placed farther out. */
  private static void label(JFreeChart chart, List<TopicSummary> topics, double[][] xy, double[] radius) {
    XYPlot plot = chart.getXYPlot();
    NumberAxis xAxis = (NumberAxis) plot.getDomainAxis();
    NumberAxis yAxis = (NumberAxis) plot.getRangeAxis();
    Rectangle2D area = ChartRendering.dataArea(chart, WIDTH, HEIGHT);
    Font labelFont = font(Font.PLAIN, 13);
    List<String> texts = new ArrayList<>();
    double[][] centre = new double[topics.size()][2];
    for (int s = 0; s < topics.size(); s++) {
      TopicSummary t = topics.get(s);
      texts.add(t.id() + " · " + Escape.shorten(ChartText.clean(t.label()), 48));
      centre[s][0] = xAxis.valueToJava2D(xy[t.id() - 1][0], area, RectangleEdge.BOTTOM);
      centre[s][1] = yAxis.valueToJava2D(xy[t.id() - 1][1], area, RectangleEdge.LEFT);
    }
    List<MapLabels.Placed> placed = MapLabels.place(texts, centre, radius, area, metrics(labelFont));
    for (int s = 0; s < topics.size(); s++) {
      Rectangle2D box = placed.get(s).box();
      double[] p = xy[topics.get(s).id() - 1];
      if (placed.get(s).leader()) {
        // From the disc's centre to the nearest point of the label's box.
        double ex = Math.max(box.getMinX(), Math.min(centre[s][0], box.getMaxX()));
        double ey = Math.max(box.getMinY(), Math.min(centre[s][1], box.getMaxY()));
        plot.addAnnotation(
            new XYLineAnnotation(
                p[0], p[1],
                xAxis.java2DToValue(ex, area, RectangleEdge.BOTTOM),
                yAxis.java2DToValue(ey, area, RectangleEdge.LEFT),
                new BasicStroke(0.8f),
                new Color(0x88, 0x88, 0x88)));
      }
      XYTextAnnotation label =
          new XYTextAnnotation(
              texts.get(s),
              xAxis.java2DToValue(box.getCenterX(), area, RectangleEdge.BOTTOM),
              yAxis.java2DToValue(box.getCenterY(), area, RectangleEdge.LEFT));
      label.setFont(labelFont);
      label.setPaint(ChartTheme.TEXT);
      label.setTextAnchor(TextAnchor.CENTER);
      label.setBackgroundPaint(new Color(255, 255, 255, 215));
      label.setOutlineVisible(false);
      plot.addAnnotation(label);
    }
  }

  /** Text widths as the PNG will draw them (same hints), measured off screen. */
  private static FontMetrics metrics(Font font) {
    BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = scratch.createGraphics();
    try {
      ChartRendering.hints(g);
      return g.getFontMetrics(font);
    } finally {
      g.dispose();
    }
  }
}
