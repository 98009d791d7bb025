package org.sujets.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.sujets.topics.Coherence;
import org.sujets.topics.SectionAgreement;

/**
 * The peer benchmark's Java scores (bench/quality/run.sh), the same code for every system, over
 * the raw corpus (JSON Lines, gzip or not; each article's {@code title} and {@code text}):
 * NPMI of the top 10 shown words matched exactly and by stems ({@link RawNpmi}), and the NMI of
 * each article's dominant topic against its {@code section} ({@link SectionAgreement#nmi}),
 * articles aligned by {@code id}, over the articles the system assigned a topic.
 *
 * <p>Arguments: CORPUS NAME=DIR ...; each DIR holds {@code topics.tsv} (a topic per line, its shown
 * words most probable first, tab-separated: a shown word may hold spaces) and {@code assign.tsv}
 * ({@code id TAB topic} per article). Prints one line per system:
 * {@code name TAB npmiExact TAB npmiStems TAB sectionNmi TAB assigned TAB inCorpus}.
 */
final class PeerScores {
  private PeerScores() {}

  static void run(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    Map<String, Path> systems = new LinkedHashMap<>();
    for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
      String[] nameDir = arg.split("=", 2);
      systems.put(nameDir[0], Path.of(nameDir[1]));
    }
    Map<String, List<List<String>>> topics = new LinkedHashMap<>();
    Set<String> shown = new LinkedHashSet<>();
    for (Map.Entry<String, Path> system : systems.entrySet()) {
      List<List<String>> top = topics(system.getValue().resolve("topics.tsv"));
      topics.put(system.getKey(), top);
      top.forEach(shown::addAll);
    }
    RawNpmi exact = new RawNpmi(RawNpmi.Matching.EXACT, shown);
    RawNpmi stems = new RawNpmi(RawNpmi.Matching.STEMS, shown);
    Map<String, String> sections = new HashMap<>();
    ObjectMapper mapper = new ObjectMapper();
    try (BufferedReader in = reader(corpus)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode article = mapper.readTree(line);
        String text = field(article, "title") + "\n" + field(article, "text");
        exact.add(text);
        stems.add(text);
        sections.put(field(article, "id"), field(article, "section").trim());
      }
    }
    System.err.printf(Locale.ROOT, "peer scores: %d articles, %d shown words%n", exact.articles(), shown.size());
    for (Map.Entry<String, Path> system : systems.entrySet()) {
      List<List<String>> top = topics.get(system.getKey());
      Map<String, String> assigned = assignments(system.getValue().resolve("assign.tsv"));
      long inCorpus = assigned.keySet().stream().filter(sections::containsKey).count();
      System.out.printf(Locale.ROOT, "%s\t%.4f\t%.4f\t%.4f\t%d\t%d%n", system.getKey(), exact.mean(top),
          stems.mean(top), sectionNmi(assigned, sections), assigned.size(), inCorpus);
    }
  }

  /** Each line's first {@link Coherence#TOP_WORDS} tab-separated shown words. */
  static List<List<String>> topics(Path file) throws IOException {
    List<List<String>> topics = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        List<String> words = Arrays.stream(line.split("\t")).map(String::trim).filter(w -> !w.isEmpty()).toList();
        topics.add(words.subList(0, Math.min(Coherence.TOP_WORDS, words.size())));
      }
    }
    return topics;
  }

  private static Map<String, String> assignments(Path file) throws IOException {
    Map<String, String> assigned = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] idTopic = line.split("\t");
      if (idTopic.length == 2 && !idTopic[1].isBlank()) {
        assigned.put(idTopic[0], idTopic[1].trim());
      }
    }
    return assigned;
  }

  /** NMI of dominant topic against section, over the assigned articles with a non-blank section. */
  static double sectionNmi(Map<String, String> assigned, Map<String, String> sections) {
    Map<String, Integer> topicRows = new HashMap<>();
    Map<String, Integer> sectionCols = new HashMap<>();
    List<int[]> cells = new ArrayList<>();
    assigned.forEach((id, topic) -> {
      String section = sections.get(id);
      if (section != null && !section.isEmpty()) {
        int row = topicRows.computeIfAbsent(topic, t -> topicRows.size());
        int col = sectionCols.computeIfAbsent(section, s -> sectionCols.size());
        cells.add(new int[] {row, col});
      }
    });
    if (cells.isEmpty()) {
      return Double.NaN;
    }
    long[][] table = new long[topicRows.size()][sectionCols.size()];
    cells.forEach(cell -> table[cell[0]][cell[1]]++);
    return SectionAgreement.nmi(table);
  }

  private static String field(JsonNode article, String name) {
    JsonNode value = article.get(name);
    return value == null || value.isNull() ? "" : value.asText();
  }

  private static BufferedReader reader(Path corpus) throws IOException {
    InputStream in = Files.newInputStream(corpus);
    if (corpus.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
