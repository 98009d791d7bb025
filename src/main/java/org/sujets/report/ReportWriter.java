package org.sujets.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
  public void write(ReportData data, Path outputDir) throws IOException {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(outputDir, "outputDir");
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    Path chartsDir = outputDir.resolve("charts");
    Files.createDirectories(chartsDir);

    List<ReportCharts.Rendered> charts = new ArrayList<>();
    for (ReportCharts.Chart c : ReportCharts.build(data)) {
      charts.add(ReportCharts.render(c));
    }
    Set<String> written = new HashSet<>();
    for (ReportCharts.Rendered r : charts) {
      writeAtomically(chartsDir.resolve(r.name() + ".png"), r.png());
      writeAtomically(
          chartsDir.resolve(r.name() + ".svg"), r.svg().getBytes(StandardCharsets.UTF_8));
      written.add(r.name());
    }
    // A previous run into the same folder may have left charts this run has no data for.
    for (String name : ReportCharts.ALL_NAMES) {
      if (!written.contains(name)) {
        Files.deleteIfExists(chartsDir.resolve(name + ".png"));
        Files.deleteIfExists(chartsDir.resolve(name + ".svg"));
      }
    }
    writeAtomically(
        outputDir.resolve("report.ipynb"),
        NotebookWriter.notebook(data, charts).getBytes(StandardCharsets.UTF_8));
    writeAtomically(
        outputDir.resolve("report.html"),
        HtmlReportWriter.html(data, charts).getBytes(StandardCharsets.UTF_8));
  }

  private static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
    Files.write(tmp, bytes);
    try {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
