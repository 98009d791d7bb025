package org.sujets.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sujets.config.InputConfig;
import org.sujets.config.OutputConfig;
import org.sujets.job.InferJob;
import org.sujets.report.RunManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sujets infer}: score new articles against the model a run saved, without refitting. */
@Command(
    name = "infer",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    showDefaultValues = true,
    description = {
      "Reads new French articles and gives each one the topic shares, dominant topic and TF-IDF"
          + " keywords of a model saved by `sujets run` (its output's model/ folder), analysing"
          + " them exactly as the run did. Writes articles.csv, topics.json (the model's topics,"
          + " same ids, prevalence over the new articles), keywords.json, topics_by_*.csv and"
          + " run.json to the output folder (whole or not at all).",
      "Exit codes: 0 success, 1 failure (one-line cause on stderr), 2 usage error."
    })
public final class InferCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-m", "--model"}, paramLabel = "DIR", required = true,
      description = "Model folder written by sujets run: <run output>/model; a local path or a URI.")
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

  @Mixin SummaryOptions summaryOptions;

  @Mixin SparkOptions sparkOptions;

  @Override
  public Integer call() throws Exception {
    InputConfig inputConfig = inputConfig();
    OutputConfig outputConfig = outputConfig();
    return CommandSession.run(sparkOptions, "sujets infer", session -> {
      List<String> paths = new ArrayList<>(input);
      paths.add(model);
      paths.add(output);
      FileSystemPreflight.require(session.spark(), paths);
      RunManifest<?> manifest = new InferJob(session.spark(), new StderrProgress(spec.commandLine().getErr()))
          .run(model, inputConfig, outputConfig);
      spec.commandLine().getErr().printf(Locale.ROOT,
          "[sujets] wrote %s: %d articles scored against %d topics of %s%n",
          output, manifest.counts().articles(), manifest.parameters().topics(), model);
      return ExitCodes.OK;
    });
  }

  /** The new articles; a bad value, here or in the Spark options, is a usage error (exit 2). */
  InputConfig inputConfig() {
    try {
      sparkOptions.validate();
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
