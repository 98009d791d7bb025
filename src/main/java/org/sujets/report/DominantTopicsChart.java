package org.sujets.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * How many articles each topic dominates: the per-article view of corpora too large for
 * {@link ArticleTopicsChart}, which replaces it when shown.
 */
final class DominantTopicsChart implements ChartKind {

  @Override
  public String name() {
    return "dominant-topics";
  }

  @Override
  public String title() {
    return "Sujet dominant des articles";
  }

  @Override
  public boolean appliesTo(ReportData data) {
    long[] counts = data.dominantTopicCounts();
    return !ArticleTopicsChart.shown(data) && counts != null && Arrays.stream(counts).anyMatch(c -> c > 0);
  }

  @Override
  public Chart draw(ReportData data) {
    long[] counts = data.dominantTopicCounts();
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    List<Color> colours = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < counts.length; i++) {
      ds.addValue(counts[i], "articles", ChartText.topicName(data.topics(), i + 1));
      colours.add(Palette.color(i + 1));
      total += counts[i];
    }
    JFreeChart chart =
        HorizontalBars.chart(
            title(),
            "Nombre d'articles dont chaque sujet est le sujet principal (" + total + " articles)",
            "articles",
            ds,
            colours,
            ChartFormats.decimal("#,##0"),
            ChartFormats.decimal("#,##0"));
    ((NumberAxis) chart.getCategoryPlot().getRangeAxis())
        .setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    return sized(chart, 1100, Math.max(320, 130 + counts.length * 30));
  }
}
