package org.sujets.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;

/** The corpus's most specific keywords (keyness), in a neutral colour: they belong to no topic. */
final class KeywordsChart implements ChartKind {
  static final int MAX_KEYWORDS = 20;

  @Override
  public String name() {
    return "keywords";
  }

  @Override
  public String title() {
    return "Mots-clés du corpus";
  }

  @Override
  public boolean appliesTo(ReportData data) {
    return !data.corpusKeywords().isEmpty();
  }

  @Override
  public Chart draw(ReportData data) {
    List<Keyword> all = data.corpusKeywords();
    List<Keyword> kw = all.size() > MAX_KEYWORDS ? all.subList(0, MAX_KEYWORDS) : all;
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    List<Color> colours = new ArrayList<>();
    for (Keyword k : kw) {
      String w = ChartText.clean(k.word());
      if (ds.getColumnIndex(w) >= 0) {
        continue; // one bar per word as shown
      }
      ds.addValue(k.score(), "score", w);
      colours.add(Palette.NEUTRAL);
    }
    JFreeChart chart =
        HorizontalBars.chart(
            title(),
            "Les " + ds.getColumnCount() + " mots-clés les plus spécifiques du corpus (face au français général)",
            "spécificité (×)",
            ds,
            colours,
            ChartFormats.decimal("0.000"),
            ChartFormats.decimal("0.00#"));
    return sized(chart, 1000, Math.max(320, 130 + ds.getColumnCount() * 28));
  }
}
