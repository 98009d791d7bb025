package org.sujets.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.sujets.config.JobConfig;
import org.sujets.job.SeedWordsNotInVocabulary;
import org.sujets.job.TopicJob;
import org.sujets.report.RunManifest;
import org.sujets.report.RunParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sujets run}: fit topics and keywords on a corpus and write the output folder. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    showDefaultValues = true,
    description = {
      "Reads French articles, analyses them with Lucene, computes TF-IDF keywords and fits LDA"
          + " topics with Spark MLlib, then writes topics.json, keywords.json, articles.csv and"
          + " run.json to the output folder (whole or not at all).",
      "Exit codes: 0 success, 1 failure (one-line cause on stderr), 2 usage error."
    })
public final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CorpusOptions corpus;
  @Mixin OutputOptions output;
  @Mixin OverwriteOption overwrite;
  @Mixin TopicsOption topics;
  @Mixin LdaOptions lda;
  @Mixin VocabularyOptions vocabulary;
  @Mixin AnalysisOptions analysis;
  @Mixin SummaryOptions summary;
  @Mixin LabelsOption labels;
  @Mixin MergeOptions merge;
  @Mixin SeedWordsOption seedWords;
  @Mixin QualityOptions quality;
  @Mixin CleanupOptions cleanup;
  @Mixin SparkOptions sparkOptions;

  @Override
  public Integer call() throws Exception {
    JobConfig config = config();
    return CommandSession.run(sparkOptions, "sujets run", session -> {
      TopicJob job = new TopicJob(session.spark(), new StderrProgress(spec.commandLine().getErr()));
      session.onSignal(job::abort); // the half-written output goes, the previous one stays
      FileSystemPreflight.require(session.spark(), config);
      RunManifest<RunParameters> manifest;
      try {
        manifest = job.run(config);
      } catch (SeedWordsNotInVocabulary e) {
        // Known only once the vocabulary is, but a mistake in the command line all the same.
        spec.commandLine().getErr().println("sujets: error: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      spec.commandLine().getErr().printf(Locale.ROOT,
          "[sujets] wrote %s: %d topics (%s) over %d articles%n",
          config.output().dir(), manifest.parameters().topics(), manifest.parameters().findings().topicsChosenBy(),
          manifest.counts().articles());
      return ExitCodes.OK;
    });
  }

  /** Builds the validated configuration; a bad value is a usage error (exit 2). */
  JobConfig config() {
    try {
      sparkOptions.validate();
      org.apache.hadoop.conf.Configuration hadoop = sparkOptions.hadoopBeforeSpark();
      return new JobConfig(
          corpus.inputConfig(),
          analysis.analysisConfig(hadoop),
          vocabulary.vocabularyConfig(),
          lda.ldaConfig(topics.runK()),
          summary.outputConfig(output.dir, overwrite.overwrite, output.checkpointDir),
          quality.qualityConfig(false),
          cleanup.cleanupConfig(),
          topics.runSweep(),
          labels.givenLabels(hadoop),
          merge.topicMerge(),
          seedWords.seedWords(hadoop));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
