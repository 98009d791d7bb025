package org.sujets.config;

import java.util.Objects;

/** Everything one run needs, validated by each part's constructor. */
public record JobConfig(
    InputConfig input,
    AnalysisConfig analysis,
    VocabularyConfig vocabulary,
    LdaConfig lda,
    OutputConfig output) {
  public JobConfig {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(vocabulary, "vocabulary");
    Objects.requireNonNull(lda, "lda");
    Objects.requireNonNull(output, "output");
  }
}
