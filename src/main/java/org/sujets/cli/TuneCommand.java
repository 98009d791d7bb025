package org.sujets.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.sujets.config.JobConfig;
import org.sujets.config.TopicSweep;
import org.sujets.job.TopicTuner;
import org.sujets.job.TuneResult;
import org.sujets.job.TuneWriter;
import org.sujets.storage.Folder;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/**
 * {@code sujets tune}: compares numbers of topics. Takes every option of {@code run} (input,
 * analysis, vocabulary, LDA), except that {@code --topics} is a comma-separated list.
 */
@Command(
    name = "tune",
    description = {
      "Compares numbers of topics on one corpus: analyses it and builds the vocabulary once, holds"
          + " out 10%% of the articles, fits LDA for each k of --topics (a comma-separated list;"
          + " default 5,10,20,40, values above half the articles dropped) and reports coherence"
          + " (NPMI), diversity, held-out log-perplexity and seed stability. Recommends the k with the highest coherence × diversity. Writes"
          + " tune.json, tune.png and tune.svg to --output (other files there are kept).",
      "Exit codes: 0 success, 1 failure (one-line cause on stderr), 2 usage error."
    })
public final class TuneCommand extends RunCommand {
  @Override
  public Integer call() throws Exception {
    TopicSweep ks = sweep();
    JobConfig config = config();
    boolean measureStability = stability == null || stability;
    SparkLogging.configure(sparkOptions.verbose);
    boolean joined = SparkSession.getDefaultSession().isDefined();
    SparkSession spark = sparkOptions.session("sujets tune");
    try {
      FileSystemPreflight.require(spark, paths(config));
      Folder folder = Folder.at(config.output().dir(), spark.sparkContext().hadoopConfiguration());
      TuneResult result = new TopicTuner(spark, new StderrProgress(spec.commandLine().getErr()))
          .tune(config, ks, measureStability, folder);
      new TuneWriter().write(result, folder);
      var out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "%5s %10s %10s %10s %15s %10s %8s%n",
          "k", "coherence", "diversity", "quality", "log-perplexity", "stability", "seconds");
      for (TuneResult.Entry e : result.sweep()) {
        out.printf(Locale.ROOT, "%5d %10.4f %10.4f %10.4f %15s %10s %8.1f%n", e.k(), e.coherence(),
            e.diversity(), e.topicQuality(),
            e.logPerplexity() == null ? "-" : String.format(Locale.ROOT, "%.4f", e.logPerplexity()),
            e.stability() == null ? "-" : String.format(Locale.ROOT, "%.4f", e.stability()), e.seconds());
      }
      out.printf(Locale.ROOT, "recommended: --topics %d (%s)%n", result.recommended(), result.rule());
      spec.commandLine().getErr().printf(Locale.ROOT, "[sujets] wrote %s/tune.json and tune.png%n",
          config.output().dir());
      return ExitCodes.OK;
    } catch (IOException e) {
      throw new UncheckedIOException("writing the tune output failed: " + e.getMessage(), e);
    } catch (Exception e) {
      throw sparkOptions.explain(e);
    } finally {
      if (!joined) {
        spark.stop();
      }
    }
  }

  /** tune's --topics is a list: the run configuration is built with auto topics. */
  @Override
  Integer topicsOption() {
    return null;
  }

  /** tune sweeps by itself ({@link #sweep()}); its run configuration carries no sweep. */
  @Override
  TopicSweep topicSweep() {
    return TopicSweep.none();
  }

  /** The k values of --topics (also written auto or auto:LIST, as for run), in the order given. */
  TopicSweep sweep() {
    String value = topics == null ? "auto" : topics.trim();
    if (value.toLowerCase(Locale.ROOT).startsWith("auto:")) {
      value = value.substring("auto:".length());
    }
    try {
      return "auto".equalsIgnoreCase(value) ? TopicSweep.defaults() : TopicSweep.parse(value);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
