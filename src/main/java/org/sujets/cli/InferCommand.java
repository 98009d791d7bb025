package org.sujets.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
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

  @Option(names = "--overwrite", description = "Replace a non-empty output folder.")
  boolean overwrite;

  @Mixin SummaryOptions summaryOptions;

  @Mixin SparkOptions sparkOptions;

  @Override
  public Integer call() throws Exception {
    InputConfig inputConfig;
    OutputConfig outputConfig;
    try {
      inputConfig = new InputConfig(input, inputOptions.format(), inputOptions.columns());
      outputConfig = summaryOptions.outputConfig(output, overwrite, null);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    SparkLogging.configure(sparkOptions.verbose);
    // Stop Spark at the end only if this command started it (not when embedded in a running app).
    boolean joined = SparkSession.getDefaultSession().isDefined();
    SparkSession spark = sparkOptions.session("sujets infer");
    try {
      List<String> paths = new java.util.ArrayList<>(input);
      paths.add(model);
      paths.add(output);
      FileSystemPreflight.require(spark, paths);
      RunManifest manifest =
          new InferJob(spark, new StderrProgress(spec.commandLine().getErr())).run(model, inputConfig, outputConfig);
      spec.commandLine().getErr().printf(Locale.ROOT,
          "[sujets] wrote %s: %d articles scored against %d topics of %s%n",
          output, manifest.counts().articles(), manifest.parameters().get("topics"), model);
      return ExitCodes.OK;
    } catch (Exception e) {
      throw sparkOptions.explain(e);
    } finally {
      if (!joined) {
        spark.stop();
      }
    }
  }
}
