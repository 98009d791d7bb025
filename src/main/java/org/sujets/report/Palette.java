package org.sujets.report;

import java.awt.Color;

/**
 * The fixed qualitative palette of the report: topic id N always gets the same colour, in every
 * chart, in the notebook and in the HTML page. The first 20 colours are Kelly's colours of maximum
 * contrast (white and black left out, reordered so the first ones are the most distinct); beyond
 * 20 topics, hues follow the golden angle, which keeps neighbouring ids apart.
 */
public final class Palette {
  private static final String[] BASE = {
    "#0067A5", "#F38400", "#BE0032", "#008856", "#875692", "#F3C300", "#882D17", "#E68FAC",
    "#848482", "#A1CAF1", "#8DB600", "#604E97", "#F99379", "#B3446C", "#C2B280", "#DCD300",
    "#654522", "#E25822", "#2B3D26", "#F6A600"
  };

  /** Colour of every non-topic bar (keywords): a neutral slate, distinct from topic colours. */
  public static final Color NEUTRAL = new Color(0x4A, 0x5A, 0x6A);

  private Palette() {}

  /** Colour of topic {@code id} (1-based). */
  public static Color color(int id) {
    if (id >= 1 && id <= BASE.length) {
      return Color.decode(BASE[id - 1]);
    }
    int n = Math.max(0, id - BASE.length);
    float hue = (float) ((n * 0.618033988749895) % 1.0);
    float saturation = (n % 2 == 0) ? 0.65f : 0.85f;
    float brightness = (n % 3 == 0) ? 0.55f : (n % 3 == 1 ? 0.75f : 0.9f);
    return Color.getHSBColor(hue, saturation, brightness);
  }

  /** {@code #RRGGBB} of topic {@code id}. */
  public static String hex(int id) {
    Color c = color(id);
    return String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
  }
}
