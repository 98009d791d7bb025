package org.sujets.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

/** The look every report chart shares: one font family, dark text, light grid, white ground. */
final class ChartTheme {
  /** DejaVu Sans when installed (it has every French glyph and renders alike everywhere). */
  static final String FONT_FAMILY = pickFontFamily();

  static final Color TEXT = new Color(0x22, 0x22, 0x22);
  static final Color SUBTITLE = new Color(0x55, 0x55, 0x55);
  static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

  private ChartTheme() {}

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

  /** A fresh JFreeChart theme in our fonts and colours, to apply to a chart just created. */
  static StandardChartTheme theme() {
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
    t.setSubtitlePaint(SUBTITLE);
    t.setLegendBackgroundPaint(Color.WHITE);
    t.setLegendItemPaint(TEXT);
    t.setBarPainter(new StandardBarPainter());
    t.setXYBarPainter(new StandardXYBarPainter());
    t.setShadowVisible(false);
    return t;
  }

  /**
   * The last touches of every full-size chart: title font, the subtitle under it, a frameless
   * legend. Called after the plot is set up, since the theme's apply() would undo them.
   */
  static void finish(JFreeChart chart, String subtitle) {
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
      sub.setPaint(SUBTITLE);
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
}
