package org.sujets.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * The chart of a {@code sujets tune} sweep: coherence, diversity, their product and stability
 * against k on the left axis, held-out log-perplexity on the right; the recommended k is named in
 * the subtitle.
 */
public final class TuneChart {
  public static final int WIDTH = 900;
  public static final int HEIGHT = 500;

  private TuneChart() {}

  /**
   * @param ks the numbers of topics, in sweep order
   * @param stability null entries where not measured
   */
  public static JFreeChart chart(int[] ks, double[] coherence, double[] diversity, double[] quality,
      Double[] stability, double[] logPerplexity, int recommended) {
    XYSeries c = new XYSeries("coherence (NPMI)");
    XYSeries d = new XYSeries("diversity");
    XYSeries q = new XYSeries("coherence × diversity");
    XYSeries s = new XYSeries("seed stability");
    XYSeries p = new XYSeries("held-out log-perplexity");
    for (int i = 0; i < ks.length; i++) {
      c.add(ks[i], coherence[i]);
      d.add(ks[i], diversity[i]);
      q.add(ks[i], quality[i]);
      if (stability[i] != null) {
        s.add(ks[i], stability[i]);
      }
      if (!Double.isNaN(logPerplexity[i])) {
        p.add(ks[i], logPerplexity[i]);
      }
    }
    XYSeriesCollection left = new XYSeriesCollection();
    left.addSeries(c);
    left.addSeries(d);
    left.addSeries(q);
    if (s.getItemCount() > 0) {
      left.addSeries(s);
    }
    NumberAxis kAxis = new NumberAxis("number of topics k");
    kAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    XYLineAndShapeRenderer leftRenderer = new XYLineAndShapeRenderer(true, true);
    Color[] colors = {Palette.color(1), Palette.color(2), Palette.color(3), Palette.color(4)};
    for (int i = 0; i < left.getSeriesCount(); i++) {
      leftRenderer.setSeriesPaint(i, colors[i]);
      leftRenderer.setSeriesStroke(i, new BasicStroke(i == 2 ? 3f : 2f));
    }
    XYPlot plot = new XYPlot(left, kAxis, new NumberAxis("score"), leftRenderer);
    if (p.getItemCount() > 0) {
      NumberAxis perplexityAxis = new NumberAxis("log-perplexity (lower is better)");
      perplexityAxis.setAutoRangeIncludesZero(false);
      plot.setRangeAxis(1, perplexityAxis);
      plot.setDataset(1, new XYSeriesCollection(p));
      plot.mapDatasetToRangeAxis(1, 1);
      XYLineAndShapeRenderer right = new XYLineAndShapeRenderer(true, true);
      right.setSeriesPaint(0, Color.GRAY);
      right.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
          new float[] {6f, 4f}, 0f));
      plot.setRenderer(1, right);
    }
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    JFreeChart chart = new JFreeChart("Choosing the number of topics", new Font(Font.SANS_SERIF, Font.BOLD, 18), plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.addSubtitle(new TextTitle("recommended k = " + recommended + " (highest coherence × diversity)",
        new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
    return chart;
  }

  public static byte[] png(JFreeChart chart) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
    return out.toByteArray();
  }

  public static String svg(JFreeChart chart) {
    SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
    // JFreeSVG's default id prefix is time-based: a fixed one keeps tune.svg the same run to run.
    g.setDefsKeyPrefix("sujets-tune-");
    chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
    return g.getSVGDocument();
  }
}
