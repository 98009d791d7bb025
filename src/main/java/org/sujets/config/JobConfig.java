package org.sujets.config;

import java.util.Objects;

/** Everything one run needs, validated by each part's constructor. */
public record JobConfig(
    InputConfig input,
    AnalysisConfig analysis,
    VocabularyConfig vocabulary,
    LdaConfig lda,
    OutputConfig output,
    QualityConfig quality,
    CleanupConfig cleanup) {
  public JobConfig {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(vocabulary, "vocabulary");
    Objects.requireNonNull(lda, "lda");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(quality, "quality");
    Objects.requireNonNull(cleanup, "cleanup");
  }

  /** A run with the default quality measures and clean-up ({@link CleanupConfig#defaults()}). */
  public JobConfig(InputConfig input, AnalysisConfig analysis, VocabularyConfig vocabulary, LdaConfig lda,
      OutputConfig output) {
    this(input, analysis, vocabulary, lda, output, QualityConfig.defaults(), CleanupConfig.defaults());
  }
}
