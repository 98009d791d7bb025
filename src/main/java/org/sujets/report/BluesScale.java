package org.sujets.report;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * White → dark blue, linear in the share: one hue, so a cell's darkness reads as its share and
 * not as a topic (topic colours are the palette's).
 */
final class BluesScale implements PaintScale {
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
