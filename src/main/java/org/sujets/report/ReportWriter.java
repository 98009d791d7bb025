package org.sujets.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sujets.storage.Folder;

/**
 * Writes a run's human-facing report next to its data files: {@code charts/} (each chart as PNG
 * and SVG), {@code report.ipynb} (a Jupyter notebook with pre-filled outputs) and {@code
 * report.html} (one self-contained offline page). The job calls {@link #write} once, at the end
 * of every run.
 */
public final class ReportWriter {

  public ReportWriter() {}

  /**
   * Writes the charts, the notebook and the HTML page into {@code outputDir}.
   *
   * @param data what the run found
   * @param outputDir the run's output folder (it already holds topics.json, keywords.json,
   *     run.json and articles.csv; it is created if missing)
   */
  public void write(ReportData data, Folder outputDir) throws IOException {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(outputDir, "outputDir");
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    Folder chartsDir = outputDir.child("charts").create();

    List<RenderedChart> charts = ReportCharts.render(data);
    Set<String> written = new HashSet<>();
    for (RenderedChart r : charts) {
      chartsDir.write(r.name() + ".png", r.png());
      chartsDir.write(r.name() + ".svg", r.svg().getBytes(StandardCharsets.UTF_8));
      written.add(r.name());
    }
    // A previous run into the same folder may have left charts this run has no data for.
    for (String name : ReportCharts.ALL_NAMES) {
      if (!written.contains(name)) {
        chartsDir.delete(name + ".png");
        chartsDir.delete(name + ".svg");
      }
    }
    outputDir.write("report.ipynb", NotebookWriter.notebook(data, charts).getBytes(StandardCharsets.UTF_8));
    outputDir.write("report.html", HtmlReportWriter.html(data, charts).getBytes(StandardCharsets.UTF_8));
  }
}
