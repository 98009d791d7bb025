package org.sujets.report;

import org.jfree.chart.ui.Drawable;

/**
 * One kind of chart of the report. It knows its file name and title, whether a run has the data
 * it shows, and how to lay itself out at a size that fits that data. {@link ReportCharts} lists
 * every kind, in the report's order.
 */
interface ChartKind {

  /** File name without extension, and the chart's id in report.html: "topic-words". */
  String name();

  /** Heading in the notebook and the HTML page, and the image's alt text. */
  String title();

  /**
   * Whether the run has what this chart shows. When not, no file is written, and a file of that
   * name left by a previous run into the same folder is deleted.
   */
  boolean appliesTo(ReportData data);

  /** The chart, laid out for the data; only called when {@link #appliesTo} holds. */
  Chart draw(ReportData data);

  /** This kind's chart at a size. */
  default Chart sized(Drawable drawable, int width, int height) {
    return new Chart(name(), title(), drawable, width, height);
  }
}
