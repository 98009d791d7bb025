package org.sujets.report;

import org.sujets.topics.TopicHierarchy;
import org.sujets.topics.TopicSummary;
import org.sujets.topics.ArticleShare;
import org.sujets.topics.WeightedWord;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sujets.storage.Folder;

/**
 * Writes the bounded JSON summaries of a run into its folder: topics.json, keywords.json,
 * phrases.json and run.json. Numbers are rounded to 6 decimals so that equal runs give
 * byte-identical files.
 */
public final class SummaryWriter {
  private final ObjectMapper mapper =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).addMixIn(TopicSummary.class, TopicJson.class);

  /** How topics.json writes a {@link TopicSummary}: mergedFrom only in a run that merged topics. */
  private abstract static class TopicJson {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract List<Integer> mergedFrom();
  }

  /** topics.json: {"topics": [...], "distances": k × k Jensen–Shannon distances}. */
  public void writeTopics(Folder out, List<TopicSummary> topics, double[][] distances)
      throws IOException {
    writeTopics(out, topics, distances, Map.of());
  }

  /**
   * topics.json with run-level quality figures (e.g. "coherence", "diversity") placed before
   * "topics", in name order: the file must be byte-identical from run to run, whatever the
   * iteration order of the map given (Map.of's varies from one JVM to the next).
   */
  public void writeTopics(Folder out, List<TopicSummary> topics, double[][] distances, Map<String, Double> quality)
      throws IOException {
    writeTopics(out, topics, distances, quality, null);
  }

  /**
   * topics.json as above, with the topic tree after the distances when {@code hierarchy} is not
   * null: {"hierarchy": [{"node", "left", "right", "distance", "topics", "label"}], closest merge
   * first (see {@link TopicHierarchy}).
   */
  public void writeTopics(Folder out, List<TopicSummary> topics, double[][] distances, Map<String, Double> quality,
      TopicHierarchy hierarchy) throws IOException {
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
    if (hierarchy != null) {
      doc.put("hierarchy", hierarchy.merges().stream()
          .map(m -> new TopicHierarchy.Merge(m.node(), m.left(), m.right(), round(m.distance()), m.topics(), m.label()))
          .toList());
    }
    write(out, "topics.json", doc);
  }

  /** keywords.json: {"corpus": [{"word", "score"}]}. */
  public void writeKeywords(Folder out, List<Keyword> corpus) throws IOException {
    write(out, "keywords.json",
        Map.of("corpus", corpus.stream().map(k -> new Keyword(k.word(), round(k.score()))).toList()));
  }

  /** phrases.json: {"phrases": [{"phrase", "articles"}]}, most widespread first. */
  public void writePhrases(Folder out, List<LearnedPhrase> phrases) throws IOException {
    write(out, "phrases.json", Map.of("phrases", phrases));
  }

  /** run.json: written last by a run, as the mark that its folder is complete. */
  public void writeManifest(Folder out, RunManifest<?> manifest) throws IOException {
    write(out, "run.json", manifest);
  }

  private void write(Folder out, String name, Object doc) throws IOException {
    try (OutputStream stream = out.create(name)) {
      mapper.writeValue(stream, doc);
    }
  }

  private static TopicSummary rounded(TopicSummary t) {
    return new TopicSummary(
        t.id(),
        t.label(),
        t.labelSource(),
        round(t.prevalence()),
        t.words().stream().map(w -> new WeightedWord(w.word(), round(w.weight()))).toList(),
        t.articles().stream().map(a -> new ArticleShare(a.id(), a.title(), round(a.share()))).toList(),
        t.coherence() == null ? null : round(t.coherence()),
        t.probableWords().stream().map(w -> new WeightedWord(w.word(), round(w.weight()))).toList(),
        t.emerging(),
        t.mergedFrom());
  }

  static double round(double value) {
    return Math.round(value * 1e6) / 1e6;
  }
}
