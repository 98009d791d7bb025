package org.sujets.config;

import java.net.URI;
import java.util.Objects;
import org.sujets.storage.Locations;

/**
 * Everything one run needs, validated by each part's constructor.
 *
 * @param labels names given to topics ({@code --labels}); checked against k as soon as k is known:
 *     here when {@code --topics} gives it, else once the run has chosen it
 * @param merge topics to merge after the first fit ({@code --merge}, {@code --reduce-to}); its
 *     ids checked against k as the labels are
 * @param seedWords guided topics ({@code --seed-words}): topics 1..n, named, drawn to their seed
 *     words; online LDA with the seeded start only; none of its topics may also be in {@code labels}
 */
public record JobConfig(
    InputConfig input,
    AnalysisConfig analysis,
    VocabularyConfig vocabulary,
    LdaConfig lda,
    OutputConfig output,
    QualityConfig quality,
    CleanupConfig cleanup,
    TopicSweep topicSweep,
    GivenLabels labels,
    TopicMerge merge,
    SeedWords seedWords) {
  public JobConfig {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(vocabulary, "vocabulary");
    Objects.requireNonNull(lda, "lda");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(quality, "quality");
    Objects.requireNonNull(cleanup, "cleanup");
    Objects.requireNonNull(topicSweep, "topicSweep");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(merge, "merge");
    Objects.requireNonNull(seedWords, "seedWords");
    if (topicSweep.asked() && lda.topics() != null) {
      throw new IllegalArgumentException("--topics is either a number or auto, not both");
    }
    checkOutputApartFromInput(input, output.dir());
    if (lda.topics() != null) {
      labels.checkTopics(lda.topics());
      merge.checkTopics(lda.topics());
    }
    if (merge.asked() && lda.optimizer() != LdaOptimizer.ONLINE) {
      throw new IllegalArgumentException("--merge and --reduce-to fit on with online LDA: drop --optimizer em");
    }
    if (!seedWords.isEmpty()) {
      checkGuided(seedWords, labels, lda);
      if (merge.asked()) {
        throw new IllegalArgumentException("--seed-words cannot be combined with --merge or --reduce-to: merging"
            + " would renumber the guided topics; merge in a run without --seed-words, or drop a seed-words line");
      }
    }
  }

  /** A run that neither merges topics nor guides them. */
  public JobConfig(InputConfig input, AnalysisConfig analysis, VocabularyConfig vocabulary, LdaConfig lda,
      OutputConfig output, QualityConfig quality, CleanupConfig cleanup, TopicSweep topicSweep, GivenLabels labels) {
    this(input, analysis, vocabulary, lda, output, quality, cleanup, topicSweep, labels, TopicMerge.none(),
        SeedWords.none());
  }

  /** A run that merges topics, without guided topics. */
  public JobConfig(InputConfig input, AnalysisConfig analysis, VocabularyConfig vocabulary, LdaConfig lda,
      OutputConfig output, QualityConfig quality, CleanupConfig cleanup, TopicSweep topicSweep, GivenLabels labels,
      TopicMerge merge) {
    this(input, analysis, vocabulary, lda, output, quality, cleanup, topicSweep, labels, merge, SeedWords.none());
  }

  /** A run with guided topics, without merging. */
  public JobConfig(InputConfig input, AnalysisConfig analysis, VocabularyConfig vocabulary, LdaConfig lda,
      OutputConfig output, QualityConfig quality, CleanupConfig cleanup, TopicSweep topicSweep, GivenLabels labels,
      SeedWords seedWords) {
    this(input, analysis, vocabulary, lda, output, quality, cleanup, topicSweep, labels, TopicMerge.none(), seedWords);
  }

  /**
   * Guided topics need our own online loop from the seeded start (their prior and start live
   * there), at least as many topics as they name, and no second name from {@code --labels}.
   */
  private static void checkGuided(SeedWords seedWords, GivenLabels labels, LdaConfig lda) {
    if (lda.optimizer() != LdaOptimizer.ONLINE) {
      throw new IllegalArgumentException("--seed-words needs --optimizer online: guided topics are a prior of"
          + " the online LDA loop");
    }
    if (lda.start() == LdaStart.RANDOM) {
      throw new IllegalArgumentException("--seed-words needs --lda-start seeded: guided topics start from their"
          + " seed words");
    }
    if (lda.topics() != null) {
      seedWords.checkTopics(lda.topics());
    }
    seedWords.checkApart(labels);
  }

  /** A run whose topics are all named by their words. */
  public JobConfig(InputConfig input, AnalysisConfig analysis, VocabularyConfig vocabulary, LdaConfig lda,
      OutputConfig output, QualityConfig quality, CleanupConfig cleanup, TopicSweep topicSweep) {
    this(input, analysis, vocabulary, lda, output, quality, cleanup, topicSweep, GivenLabels.none());
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
   * Refuses an output folder inside an input folder (the next run would read its CSV and JSON as
   * articles) or holding an input (replacing the output would delete it), on any file system.
   */
  private static void checkOutputApartFromInput(InputConfig input, String outputDir) {
    URI out = Locations.of(outputDir).toUri();
    for (String given : input.paths()) {
      URI in = globFree(given);
      if (in == null || !sameStore(in, out)) {
        continue;
      }
      if (within(out, in)) {
        throw new IllegalArgumentException(
            "output " + outputDir + " is inside input " + given
                + ": the next run would read it as articles; choose an --output outside the input");
      }
      if (within(in, out)) {
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

  /** The location before any glob character (its folder), or null when it does not parse. */
  private static URI globFree(String given) {
    String p = given;
    int glob = firstGlobChar(p);
    if (glob >= 0) {
      p = p.substring(0, glob);
      p = p.contains("/") ? p.substring(0, p.lastIndexOf('/') + 1) : ".";
    }
    try {
      return Locations.of(p.isEmpty() ? "." : p).toUri();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean sameStore(URI a, URI b) {
    return java.util.Objects.equals(a.getScheme(), b.getScheme())
        && java.util.Objects.equals(a.getAuthority(), b.getAuthority());
  }

  /** Whether {@code inner}'s path is {@code outer}'s or below it, segment by segment. */
  private static boolean within(URI inner, URI outer) {
    String o = outer.getPath().endsWith("/") ? outer.getPath() : outer.getPath() + "/";
    String i = inner.getPath().endsWith("/") ? inner.getPath() : inner.getPath() + "/";
    return i.startsWith(o);
  }
}
