package org.sujets.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads the "text" field of a benchmark corpus folder (bench/generate.py's part-*.jsonl.gz). */
final class BenchCorpus {
  private BenchCorpus() {}

  /** The shards of {@code dir}, sorted. */
  static List<Path> shards(Path dir) throws IOException {
    List<Path> parts = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "part-*.jsonl.gz")) {
      ds.forEach(parts::add);
    }
    parts.sort(null);
    return parts;
  }

  /** Up to {@code limit} texts, taken shard by shard. */
  static List<String> texts(Path dir, int limit) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    for (Path shard : shards(dir)) {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(
          new GZIPInputStream(Files.newInputStream(shard), 1 << 16), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null && texts.size() < limit) {
          JsonNode text = mapper.readTree(line).get("text");
          texts.add(text == null ? "" : text.asText());
        }
      }
      if (texts.size() >= limit) {
        break;
      }
    }
    return texts;
  }
}
