package org.sujets.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sujets.config.JobConfig;
import org.sujets.config.OutputConfig;
import org.sujets.config.TopicSweep;
import org.sujets.job.TopicTuner;
import org.sujets.job.TuneResult;
import org.sujets.job.TuneWriter;
import org.sujets.storage.Folder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sujets tune}: compares numbers of topics. Takes run's options for what it reads and fits
 * (input, analysis, clean-up, vocabulary, LDA, quality, Spark), except that {@code --topics} is a
 * comma-separated list; not run's summary sizes nor {@code --overwrite} (it writes three files and
 * keeps the others).
 */
@Command(
    name = "tune",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    showDefaultValues = true,
    description = {
      "Compares numbers of topics on one corpus: analyses it and builds the vocabulary once, holds"
          + " out 10%% of the articles, fits LDA for each k of --topics (a comma-separated list;"
          + " default 5,10,20,40, values above half the articles dropped) and reports coherence"
          + " (NPMI), diversity, held-out log-perplexity and seed stability. Recommends the k with the highest coherence × diversity. Writes"
          + " tune.json, tune.png and tune.svg to --output (other files there are kept).",
      "Exit codes: 0 success, 1 failure (one-line cause on stderr), 2 usage error."
    })
public final class TuneCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CorpusOptions corpus;
  @Mixin OutputOptions output;
  @Mixin TopicsOption topics;
  @Mixin LdaOptions lda;
  @Mixin VocabularyOptions vocabulary;
  @Mixin AnalysisOptions analysis;
  @Mixin QualityOptions quality;
  @Mixin CleanupOptions cleanup;
  @Mixin SparkOptions sparkOptions;

  @Override
  public Integer call() throws Exception {
    TopicSweep ks = sweep();
    JobConfig config = config();
    return CommandSession.run(sparkOptions, "sujets tune", session -> {
      FileSystemPreflight.require(session.spark(), config);
      Folder folder = Folder.at(config.output().dir(), session.spark().sparkContext().hadoopConfiguration());
      TuneResult result = new TopicTuner(session.spark(), new StderrProgress(spec.commandLine().getErr()))
          .tune(config, ks, config.quality().stability(), folder);
      try {
        new TuneWriter().write(result, folder);
      } catch (IOException e) {
        throw new UncheckedIOException("writing the tune output failed: " + e.getMessage(), e);
      }
      print(result, spec.commandLine().getOut());
      spec.commandLine().getErr().printf(Locale.ROOT, "[sujets] wrote %s/tune.json and tune.png%n",
          config.output().dir());
      return ExitCodes.OK;
    });
  }

  private static void print(TuneResult result, PrintWriter out) {
    out.printf(Locale.ROOT, "%5s %10s %10s %10s %15s %10s %8s%n",
        "k", "coherence", "diversity", "quality", "log-perplexity", "stability", "seconds");
    for (TuneResult.Entry e : result.sweep()) {
      out.printf(Locale.ROOT, "%5d %10.4f %10.4f %10.4f %15s %10s %8.1f%n", e.k(), e.coherence(),
          e.diversity(), e.topicQuality(),
          e.logPerplexity() == null ? "-" : String.format(Locale.ROOT, "%.4f", e.logPerplexity()),
          e.stability() == null ? "-" : String.format(Locale.ROOT, "%.4f", e.stability()), e.seconds());
    }
    out.printf(Locale.ROOT, "recommended: --topics %d (%s)%n", result.recommended(), result.rule());
  }

  /**
   * The settings tune reads and prepares the corpus with, those of a run: its clean-up included
   * ({@link JobConfig#cleanup()}), since tune prepares text as run does. Seed stability is on
   * unless --no-stability; the summaries take their default sizes (tune writes none); the k
   * values are {@link #sweep()}'s, so the configuration carries no k and no sweep. A bad value is
   * a usage error (exit 2).
   */
  JobConfig config() {
    try {
      sparkOptions.validate();
      return new JobConfig(
          corpus.inputConfig(),
          analysis.analysisConfig(sparkOptions.hadoopBeforeSpark()),
          vocabulary.vocabularyConfig(),
          lda.ldaConfig(null),
          OutputConfig.defaults(output.dir, false, output.checkpointDir),
          quality.qualityConfig(true),
          cleanup.cleanupConfig(),
          TopicSweep.none());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /** The k values of --topics, in the order given; a bad list is a usage error (exit 2). */
  TopicSweep sweep() {
    try {
      return topics.tuneSweep();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
