package org.sujets.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.sujets.report.TuneChart;
import org.sujets.storage.Folder;

/**
 * Writes a sweep's {@code tune.json} and {@code tune.png} / {@code tune.svg} into a folder,
 * replacing only those files (a run's outputs in the same folder stay).
 */
public final class TuneWriter {
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public void write(TuneResult result, Folder dir) throws IOException {
    List<TuneResult.Entry> sweep = result.sweep();
    int n = sweep.size();
    int[] ks = new int[n];
    double[] coherence = new double[n];
    double[] diversity = new double[n];
    double[] quality = new double[n];
    Double[] stability = new Double[n];
    double[] perplexity = new double[n];
    for (int i = 0; i < n; i++) {
      TuneResult.Entry e = sweep.get(i);
      ks[i] = e.k();
      coherence[i] = e.coherence();
      diversity[i] = e.diversity();
      quality[i] = e.topicQuality();
      stability[i] = e.stability();
      perplexity[i] = e.logPerplexity() == null ? Double.NaN : e.logPerplexity();
    }
    JFreeChart chart = TuneChart.chart(ks, coherence, diversity, quality, stability, perplexity, result.recommended());
    dir.write("tune.png", TuneChart.png(chart));
    dir.write("tune.svg", TuneChart.svg(chart).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    dir.write("tune.json", mapper.writeValueAsBytes(result));
  }

  /** One line saying which k the sweep chose and why, for the progress output. */
  public static String choice(TuneResult result) {
    String swept = result.sweep().stream().map(e -> String.valueOf(e.k())).collect(Collectors.joining(", "));
    return "k=" + result.recommended() + " of " + swept + ": highest coherence × diversity (tune.json, tune.png)";
  }

  /**
   * What run.json records of a sweep: the values tried, each one's coherence × diversity and the
   * one chosen; tune.json beside it has every figure.
   */
  public static Map<String, Object> summary(TuneResult result) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("file", "tune.json");
    summary.put("swept", result.sweep().stream().map(TuneResult.Entry::k).toList());
    summary.put("topicQuality",
        result.sweep().stream().map(e -> Math.round(e.topicQuality() * 1e4) / 1e4).toList());
    summary.put("recommended", result.recommended());
    return summary;
  }
}
