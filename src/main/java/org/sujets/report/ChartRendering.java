package org.sujets.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Draws a chart to PNG and SVG, with the same rendering hints for both and for measuring. */
final class ChartRendering {
  private ChartRendering() {}

  static RenderedChart render(Chart c) {
    return new RenderedChart(c.name(), c.title(), c.width(), c.height(), png(c), svg(c));
  }

  private static byte[] png(Chart c) {
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
    return png.toByteArray();
  }

  private static String svg(Chart c) {
    SVGGraphics2D s = new SVGGraphics2D(c.width(), c.height());
    // JFreeSVG's default id prefix is time-based: a fixed one keeps the SVG the same run to run,
    // and one per chart keeps ids apart if several SVGs end up in one document.
    s.setDefsKeyPrefix("sujets-" + c.name() + "-");
    // A viewer without DejaVu Sans should pick a close sans-serif, not its default serif.
    s.setFontFunction(
        family ->
            family.equals(Font.SANS_SERIF) || family.equals("DejaVu Sans")
                ? "DejaVu Sans, Verdana, Arial, sans-serif"
                : family);
    hints(s);
    c.drawable().draw(s, new Rectangle2D.Double(0, 0, c.width(), c.height()));
    return s.getSVGDocument();
  }

  /** Antialiased shapes and text, fractional metrics: text measures the same everywhere. */
  static void hints(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
  }

  /** Where the plot's data area falls when the chart is drawn at this size (drawn off screen). */
  static Rectangle2D dataArea(JFreeChart chart, int width, int height) {
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
