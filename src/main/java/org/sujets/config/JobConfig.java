package org.sujets.config;

import java.nio.file.Path;
import java.util.Objects;

/** Everything one run needs, validated by each part's constructor. */
public record JobConfig(
    InputConfig input,
    AnalysisConfig analysis,
    VocabularyConfig vocabulary,
    LdaConfig lda,
    OutputConfig output,
    QualityConfig quality,
    CleanupConfig cleanup,
    TopicSweep topicSweep) {
  public JobConfig {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(vocabulary, "vocabulary");
    Objects.requireNonNull(lda, "lda");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(quality, "quality");
    Objects.requireNonNull(cleanup, "cleanup");
    Objects.requireNonNull(topicSweep, "topicSweep");
    if (topicSweep.asked() && lda.topics() != null) {
      throw new IllegalArgumentException("--topics is either a number or auto, not both");
    }
    checkOutputApartFromInput(input, output.dir());
  }

  /** A run that takes k from its LDA settings (given or the size rule), without a sweep. */
  public JobConfig(InputConfig input, AnalysisConfig analysis, VocabularyConfig vocabulary, LdaConfig lda,
      OutputConfig output, QualityConfig quality, CleanupConfig cleanup) {
    this(input, analysis, vocabulary, lda, output, quality, cleanup, TopicSweep.none());
  }

  /** A run with the default quality measures and clean-up ({@link CleanupConfig#defaults()}). */
  public JobConfig(InputConfig input, AnalysisConfig analysis, VocabularyConfig vocabulary, LdaConfig lda,
      OutputConfig output) {
    this(input, analysis, vocabulary, lda, output, QualityConfig.defaults(), CleanupConfig.defaults());
  }

  /**
   * Refuses an output folder inside a local input folder (the next run would read its CSV and
   * JSON as articles) or holding an input (replacing the output would delete it).
   */
  private static void checkOutputApartFromInput(InputConfig input, Path outputDir) {
    Path out = outputDir.toAbsolutePath().normalize();
    for (String given : input.paths()) {
      Path in = localGlobFreePath(given);
      if (in == null) {
        continue;
      }
      if (out.startsWith(in)) {
        throw new IllegalArgumentException(
            "output " + outputDir + " is inside input " + given
                + ": the next run would read it as articles; choose an --output outside the input");
      }
      if (in.startsWith(out)) {
        throw new IllegalArgumentException(
            "input " + given + " is inside output " + outputDir
                + ": writing the output would delete it; choose another --output");
      }
    }
  }

  private static int firstGlobChar(String p) {
    for (int i = 0; i < p.length(); i++) {
      if ("*?[{".indexOf(p.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** The absolute local path before any glob character, or null for a non-local URI. */
  private static Path localGlobFreePath(String given) {
    String p = given.startsWith("file:") ? given.substring("file:".length()) : given;
    if (p.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
      return null; // hdfs://, s3a://...
    }
    int glob = firstGlobChar(p);
    if (glob >= 0) {
      p = p.substring(0, glob);
      p = p.contains("/") ? p.substring(0, p.lastIndexOf('/') + 1) : ".";
    }
    try {
      return Path.of(p.isEmpty() ? "." : p).toAbsolutePath().normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }
}
