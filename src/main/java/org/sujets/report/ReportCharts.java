package org.sujets.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Every chart of the report, in one list: the order here is the order of the charts in the
 * notebook and the HTML page. A new chart is a {@link ChartKind} added to {@link #KINDS}.
 */
final class ReportCharts {
  static final List<ChartKind> KINDS =
      List.of(
          new TopicWordsChart(),
          new PrevalenceChart(),
          new TopicMapChart(),
          new DendrogramChart(),
          new ArticleTopicsChart(),
          new DominantTopicsChart(),
          new KeywordsChart(),
          new ByMonthChart(),
          new TopicWordsByMonthChart(),
          ByGroupChart.BY_SOURCE,
          ByGroupChart.BY_SECTION);

  /** Every chart file name the report may write (without extension). */
  static final List<String> ALL_NAMES = KINDS.stream().map(ChartKind::name).toList();

  private ReportCharts() {}

  /** The charts this run has data for, laid out, in report order. */
  static List<Chart> draw(ReportData data) {
    List<Chart> charts = new ArrayList<>();
    for (ChartKind kind : KINDS) {
      if (kind.appliesTo(data)) {
        charts.add(kind.draw(data));
      }
    }
    return charts;
  }

  /** The same, drawn to PNG and SVG. */
  static List<RenderedChart> render(ReportData data) {
    List<RenderedChart> rendered = new ArrayList<>();
    for (Chart c : draw(data)) {
      rendered.add(ChartRendering.render(c));
    }
    return rendered;
  }
}
