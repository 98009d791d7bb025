package org.sujets.report;

import static org.sujets.report.ChartTheme.font;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.ui.Drawable;
import org.sujets.topics.TopicPeriodWords;

/**
 * How each topic's words move from month to month: one band per topic (the most prevalent first),
 * one column per month with the words that characterise the topic that month, best first. A word
 * that was not in the previous column is drawn dark and bold, one carried over in grey, so that
 * the eye follows what changed.
 */
final class TopicWordsByMonthChart implements ChartKind {
  static final int MAX_TOPICS = 10;
  /** Months shown per topic: beyond, the ones where the topic weighs most, in date order. */
  static final int MAX_MONTHS = 12;
  static final int WORDS = 6;

  static final int COLUMN = 128;
  static final int MARGIN = 24;
  static final int HEADER = 86;
  private static final int BAND_TITLE = 30;
  private static final int MONTH_HEADER = 36;
  private static final int LINE = 18;
  private static final int BAND_GAP = 16;
  static final int BAND = BAND_TITLE + MONTH_HEADER + WORDS * LINE + BAND_GAP;

  private static final Color CARRIED_OVER = new Color(0x99, 0x99, 0x99);

  /** One topic's band: its name and the months shown. */
  record Band(int topic, String name, List<TopicPeriodWords> months) {}

  @Override
  public String name() {
    return "topic-words-by-month";
  }

  @Override
  public String title() {
    return "Mots des sujets au fil des mois";
  }

  @Override
  public boolean appliesTo(ReportData data) {
    return !data.wordsByMonth().isEmpty() && !data.topics().isEmpty();
  }

  @Override
  public Chart draw(ReportData data) {
    List<Band> bands = bands(data);
    int columns = bands.stream().mapToInt(b -> b.months().size()).max().orElse(1);
    int width = Math.max(900, 2 * MARGIN + columns * COLUMN);
    boolean cut = bands.size() < distinctTopics(data) || columns == MAX_MONTHS;
    String notes = "En gras, les mots absents de la colonne précédente ; en gris, ceux qui restent"
        + (cut ? " ; au plus " + MAX_TOPICS + " sujets et " + MAX_MONTHS + " mois par sujet, ceux où il pèse le plus" : "");
    return sized(grid(bands, notes), width, HEADER + bands.size() * BAND);
  }

  private static long distinctTopics(ReportData data) {
    return data.wordsByMonth().stream().mapToInt(TopicPeriodWords::topic).distinct().count();
  }

  /** The first topics that have words in some month, each with the months shown. */
  static List<Band> bands(ReportData data) {
    Map<Integer, List<TopicPeriodWords>> byTopic = new LinkedHashMap<>();
    for (TopicPeriodWords w : data.wordsByMonth()) {
      byTopic.computeIfAbsent(w.topic(), t -> new ArrayList<>()).add(w);
    }
    List<Band> bands = new ArrayList<>();
    byTopic.entrySet().stream().sorted(Map.Entry.comparingByKey()).limit(MAX_TOPICS).forEach(e ->
        bands.add(new Band(e.getKey(), ChartText.topicName(data.topics(), e.getKey()), shownMonths(e.getValue()))));
    return bands;
  }

  /** All the months when they fit; else the {@link #MAX_MONTHS} with the most topic mass, in date order. */
  static List<TopicPeriodWords> shownMonths(List<TopicPeriodWords> months) {
    if (months.size() <= MAX_MONTHS) {
      return months;
    }
    return months.stream()
        .sorted(Comparator.comparingDouble(TopicPeriodWords::mass).reversed().thenComparing(TopicPeriodWords::period))
        .limit(MAX_MONTHS)
        .sorted(Comparator.comparing(TopicPeriodWords::period))
        .toList();
  }

  private Drawable grid(List<Band> bands, String notes) {
    String title = title();
    String subtitle = "Les mots propres à chaque sujet, mois par mois (log-odds pondéré contre le sujet entier)";
    return (g2, area) -> {
      g2.setPaint(Color.WHITE);
      g2.fill(area);
      double width = area.getWidth();
      drawCentered(g2, title, font(Font.BOLD, 20), ChartTheme.TEXT, area.getCenterX(), area.getY() + 30);
      g2.setFont(font(Font.PLAIN, 12));
      FontMetrics fm = g2.getFontMetrics();
      drawCentered(g2, fit(fm, subtitle, width - 2 * MARGIN), font(Font.PLAIN, 12), ChartTheme.SUBTITLE,
          area.getCenterX(), area.getY() + 52);
      drawCentered(g2, fit(fm, notes, width - 2 * MARGIN), font(Font.PLAIN, 12), ChartTheme.SUBTITLE,
          area.getCenterX(), area.getY() + 68);
      for (int i = 0; i < bands.size(); i++) {
        drawBand(g2, bands.get(i), area.getX() + MARGIN, area.getY() + HEADER + i * BAND, width - 2 * MARGIN);
      }
    };
  }

  private static void drawBand(Graphics2D g2, Band band, double x, double y, double width) {
    g2.setPaint(Palette.color(band.topic()));
    g2.fill(new Rectangle2D.Double(x, y + 6, 6, 18));
    g2.setFont(font(Font.BOLD, 15));
    g2.setPaint(ChartTheme.TEXT);
    g2.drawString(fit(g2.getFontMetrics(), band.name(), width - 14), (float) (x + 14), (float) (y + 21));
    Set<String> previous = Set.of();
    for (int c = 0; c < band.months().size(); c++) {
      double left = x + c * COLUMN;
      if (c > 0) {
        g2.setPaint(ChartTheme.GRID);
        g2.setStroke(new BasicStroke(1f));
        g2.draw(new Line2D.Double(left - 6, y + BAND_TITLE + 2, left - 6, y + BAND - BAND_GAP));
      }
      previous = drawMonth(g2, band.months().get(c), previous, left, y + BAND_TITLE);
    }
  }

  /** One month's column; returns its words, for the next column to compare. */
  private static Set<String> drawMonth(Graphics2D g2, TopicPeriodWords month, Set<String> previous, double x,
      double y) {
    g2.setFont(font(Font.BOLD, 12));
    g2.setPaint(ChartTheme.TEXT);
    g2.drawString(ChartText.clean(month.period()), (float) x, (float) (y + 13));
    g2.setFont(font(Font.PLAIN, 10));
    g2.setPaint(ChartTheme.SUBTITLE);
    g2.drawString("≈ " + ChartFormats.decimal("#,##0").format(month.mass()) + " articles", (float) x, (float) (y + 27));
    Set<String> shown = new HashSet<>();
    double baseline = y + MONTH_HEADER + 12;
    for (String raw : month.words()) {
      String word = ChartText.clean(raw);
      if (shown.size() == WORDS || !shown.add(word)) {
        continue;
      }
      boolean carried = previous.contains(word);
      g2.setFont(font(carried ? Font.PLAIN : Font.BOLD, 12));
      g2.setPaint(carried ? CARRIED_OVER : ChartTheme.TEXT);
      g2.drawString(fit(g2.getFontMetrics(), word, COLUMN - 12), (float) x, (float) baseline);
      baseline += LINE;
    }
    return shown;
  }

  /** The text, cut with "…" to fit {@code max} pixels. */
  private static String fit(FontMetrics fm, String text, double max) {
    if (fm.stringWidth(text) <= max) {
      return text;
    }
    String cut = text;
    while (cut.length() > 1 && fm.stringWidth(cut + "…") > max) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut.strip() + "…";
  }

  private static void drawCentered(Graphics2D g2, String text, Font f, Color c, double cx, double baseline) {
    g2.setFont(f);
    g2.setPaint(c);
    FontMetrics fm = g2.getFontMetrics();
    g2.drawString(text, (float) (cx - fm.stringWidth(text) / 2.0), (float) baseline);
  }
}
