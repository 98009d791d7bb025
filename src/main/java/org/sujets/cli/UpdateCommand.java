package org.sujets.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sujets.config.InputConfig;
import org.sujets.config.LdaOptimizer;
import org.sujets.config.OutputConfig;
import org.sujets.job.UpdateJob;
import org.sujets.model.ModelManifest;
import org.sujets.model.TopicModelBundle;
import org.sujets.report.RunManifest;
import org.sujets.report.UpdateParameters;
import org.sujets.storage.Folder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sujets update}: continues a saved model on new articles and writes a run's outputs for them. */
@Command(
    name = "update",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    showDefaultValues = true,
    description = {
      "Continues the online LDA of a model saved by `sujets run` or `sujets update` (<output>/model) on new"
          + " French articles: same analysis, same topics under the same ids and names, the learning rate going"
          + " on where it stopped, words new to the vocabulary added. Writes a run's outputs for the new articles"
          + " and the continued model (its model.json lists the runs and inputs that made it) to the output"
          + " folder (whole or not at all); the model read is left as it is.",
      "Exit codes: 0 success, 1 failure (one-line cause on stderr), 2 usage error (a bad --model included)."
    })
public final class UpdateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-m", "--model"}, paramLabel = "DIR", required = true,
      description = "Model folder written by sujets run or update: <output>/model; a local path or a URI.")
  String model;

  @Option(names = {"-i", "--input"}, paramLabel = "PATH", arity = "1..*", required = true,
      description = "New articles: files, folders (recursive) or globs, as for run.")
  List<String> input;

  @Mixin InputOptions inputOptions;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
      description = "Output folder: a local path or a URI (hdfs://, s3a://, file:). A folder holding a"
          + " previous Sujets output is replaced; any other non-empty folder needs --overwrite.")
  String output;

  @Mixin OverwriteOption overwrite;

  @Option(names = "--iterations", paramLabel = "N",
      description = "LDA iterations of the update, 1–10000. Default: run's size rule on the new articles"
          + " (50 full passes up to 2,000 articles, else 100 mini-batches).")
  Integer iterations;

  @Mixin SummaryOptions summaryOptions;

  @Mixin SparkOptions sparkOptions;

  @Override
  public Integer call() throws Exception {
    InputConfig inputConfig = inputConfig();
    OutputConfig outputConfig = outputConfig();
    checkModel();
    return CommandSession.run(sparkOptions, "sujets update", session -> {
      List<String> paths = new ArrayList<>(input);
      paths.add(model);
      paths.add(output);
      FileSystemPreflight.require(session.spark(), paths);
      UpdateJob job = new UpdateJob(session.spark(), new StderrProgress(spec.commandLine().getErr()));
      session.onSignal(job::abort); // the half-written output goes, the previous one stays
      RunManifest<UpdateParameters> manifest = job.run(model, inputConfig, outputConfig, iterations);
      spec.commandLine().getErr().printf(Locale.ROOT,
          "[sujets] wrote %s: %s continued on %d articles, %d topics, %d terms (%d before)%n",
          output, model, manifest.counts().articles(), manifest.parameters().topics(),
          manifest.counts().vocabularySize(), manifest.parameters().vocabularyBefore());
      return ExitCodes.OK;
    });
  }

  /**
   * The model's model.json read before Spark starts: a folder that is no model, of another format
   * version or fitted with EM is a usage error (exit 2), in one line.
   */
  private void checkModel() {
    try {
      ModelManifest manifest = TopicModelBundle.readManifest(Folder.at(model, sparkOptions.hadoopBeforeSpark()));
      Object optimizer = manifest.lda().get("optimizer");
      if (!LdaOptimizer.ONLINE.sparkName().equals(optimizer)) {
        throw new IllegalArgumentException("model " + model + " was fitted with --optimizer " + optimizer
            + ": update continues online LDA only; fit it again with --optimizer online");
      }
    } catch (IllegalArgumentException | java.io.IOException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /** The new articles and the iterations; a bad value, here or in the Spark options, is a usage error (exit 2). */
  InputConfig inputConfig() {
    try {
      sparkOptions.validate();
      if (iterations != null && (iterations < 1 || iterations > 10_000)) {
        throw new IllegalArgumentException("--iterations must be between 1 and 10000, got " + iterations);
      }
      return new InputConfig(input, inputOptions.format(), inputOptions.columns());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /** The output folder and summary sizes; a bad value is a usage error (exit 2). */
  OutputConfig outputConfig() {
    try {
      return summaryOptions.outputConfig(output, overwrite.overwrite, null);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
