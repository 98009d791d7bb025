package org.sujets.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the bounded JSON summaries of a run: topics.json, keywords.json and run.json. Numbers are
 * rounded to 6 decimals so that equal runs give byte-identical files.
 */
public final class SummaryWriter {
  private final ObjectMapper mapper =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** topics.json: {"topics": [...], "distances": k × k Jensen–Shannon distances}. */
  public void writeTopics(Path file, List<TopicSummary> topics, double[][] distances)
      throws IOException {
    writeTopics(file, topics, distances, Map.of());
  }

  /**
   * topics.json with run-level quality figures (e.g. "coherence", "diversity") placed before
   * "topics", in name order: the file must be byte-identical from run to run, whatever the
   * iteration order of the map given (Map.of's varies from one JVM to the next).
   */
  public void writeTopics(Path file, List<TopicSummary> topics, double[][] distances, Map<String, Double> quality)
      throws IOException {
    Map<String, Object> doc = new LinkedHashMap<>();
    new TreeMap<>(quality).forEach((name, value) -> doc.put(name, round(value)));
    doc.put("topics", topics.stream().map(SummaryWriter::rounded).toList());
    double[][] d = new double[distances.length][];
    for (int i = 0; i < distances.length; i++) {
      d[i] = new double[distances[i].length];
      for (int j = 0; j < distances[i].length; j++) {
        d[i][j] = round(distances[i][j]);
      }
    }
    doc.put("distances", d);
    mapper.writeValue(file.toFile(), doc);
  }

  /** keywords.json: {"corpus": [{"word", "score"}]}. */
  public void writeKeywords(Path file, List<Keyword> corpus) throws IOException {
    mapper.writeValue(
        file.toFile(),
        Map.of("corpus", corpus.stream().map(k -> new Keyword(k.word(), round(k.score()))).toList()));
  }

  /** phrases.json: {"phrases": [{"phrase", "articles"}]}, most widespread first. */
  public void writePhrases(Path file, List<LearnedPhrase> phrases) throws IOException {
    mapper.writeValue(file.toFile(), Map.of("phrases", phrases));
  }

  /** run.json. */
  public void writeManifest(Path file, RunManifest manifest) throws IOException {
    mapper.writeValue(file.toFile(), manifest);
  }

  /** Reads back the "tool" field of a run.json, or null when the file is not a Sujets manifest. */
  public String toolOf(Path runJson) {
    try {
      var tool = mapper.readTree(runJson.toFile()).get("tool");
      return tool == null ? null : tool.asText();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static TopicSummary rounded(TopicSummary t) {
    return new TopicSummary(
        t.id(),
        t.label(),
        round(t.prevalence()),
        t.words().stream().map(w -> new WeightedWord(w.word(), round(w.weight()))).toList(),
        t.articles().stream().map(a -> new ArticleShare(a.id(), a.title(), round(a.share()))).toList(),
        t.coherence() == null ? null : round(t.coherence()),
        t.relevantWords().stream().map(w -> new WeightedWord(w.word(), round(w.weight()))).toList(),
        t.emerging());
  }

  static double round(double value) {
    return Math.round(value * 1e6) / 1e6;
  }
}
