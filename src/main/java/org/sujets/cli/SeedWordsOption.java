package org.sujets.cli;

import org.sujets.config.SeedWords;
import picocli.CommandLine.Option;

/** {@code --seed-words FILE} and {@code --seed-weight W}: guided topics, named and drawn to their seed words. */
public final class SeedWordsOption {
  @Option(names = "--seed-words", paramLabel = "FILE",
      description = "Guided topics, one 'NAME: WORD WORD …' a line (UTF-8, # comments), e.g. 'Épidémie: covid"
          + " confinement masque'. They become topics 1..n in file order, named NAME in every output, started"
          + " from and drawn to their words; the other topics stay free. Count toward --topics. A local path or"
          + " a URI.")
  String seedWords;

  @Option(names = "--seed-weight", paramLabel = "W",
      description = "How strongly each seed word draws its topic: its extra prior, as a share of an average"
          + " topic's mass (corpus tokens / k), (0, 1]. Default: " + SeedWords.DEFAULT_WEIGHT + ".")
  Double seedWeight;

  /**
   * The guided topics of the file, or none without {@code --seed-words}.
   *
   * @throws IllegalArgumentException for an unreadable file, a bad line (file, line, problem), a
   *     weight out of range, or a weight without a file
   */
  SeedWords seedWords(org.apache.hadoop.conf.Configuration hadoop) {
    double weight = seedWeight == null ? SeedWords.DEFAULT_WEIGHT : seedWeight;
    if (seedWords == null) {
      if (seedWeight != null) {
        throw new IllegalArgumentException("--seed-weight needs --seed-words");
      }
      return SeedWords.none();
    }
    SeedWords.none().withWeight(weight); // the range, checked before the file is read
    return SeedWords.parse(seedWords, LabelsOption.read("--seed-words", "seed-words", seedWords, hadoop), weight);
  }
}
