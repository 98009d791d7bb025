package org.sujets.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.sujets.analysis.Stemmer;
import org.sujets.config.AnalysisConfig;
import org.sujets.features.FrenchNewsTokenizer;
import org.sujets.storage.Locations;
import picocli.CommandLine.Option;

/** How text becomes terms ({@code run}, {@code tune}; {@code infer} takes the model's). */
public final class AnalysisOptions {
  @Option(names = "--stemmer", defaultValue = FrenchNewsTokenizer.DEFAULT_STEMMER,
      description = "French stemmer: light, minimal, snowball or none. Words shown are always"
          + " the most frequent surface form.")
  String stemmer;

  @Option(names = "--stopwords", paramLabel = "FILE",
      description = "Extra stop words, one per line (UTF-8, # comments); a local path or a URI.")
  String stopWords;

  @Option(names = "--min-token-length", defaultValue = "" + FrenchNewsTokenizer.DEFAULT_MIN_TOKEN_LENGTH,
      description = "Shortest token kept, 1–20.")
  int minTokenLength;

  /** Reads the stop-word file. @throws IllegalArgumentException for a bad value or an unreadable file */
  AnalysisConfig analysisConfig(Configuration hadoop) {
    return new AnalysisConfig(Stemmer.parse(stemmer), readStopWords(hadoop), minTokenLength);
  }

  private List<String> readStopWords(Configuration hadoop) {
    if (stopWords == null) {
      return List.of();
    }
    try {
      List<String> words = new ArrayList<>();
      Path file = Locations.of(stopWords);
      String text;
      // Read before Spark starts, with the spark.hadoop.* settings Spark would use (HadoopBeforeSpark).
      try (var in = file.getFileSystem(hadoop).open(file)) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      for (String line : text.lines().toList()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
      return words;
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read --stopwords " + stopWords + ": " + e.getMessage());
    }
  }
}
