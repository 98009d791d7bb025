package org.sujets.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sujets.job.SearchJob;
import org.sujets.report.SearchListing;
import org.sujets.topics.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sujets search}: the topics of a saved model where a word or phrase belongs. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    showDefaultValues = true,
    description = {
      "Lists the topics of a model saved by `sujets run` where a word or phrase is most likely,"
          + " best first, with their words and their representative articles from the run's output."
          + " The query is analysed as the run analysed its articles (stop words, stemming, learned"
          + " phrases); topics are ranked by p(topic | query words).",
      "Exit codes: 0 topics listed, 1 no query word in the model's vocabulary or a failure (one line"
          + " on stderr), 2 usage error."
    })
public final class SearchCommand implements Callable<Integer> {
  /** A search loads a model and reads a few rows: one local core starts fastest. */
  static final String LOCAL_MASTER = "local[1]";

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "WORDS", arity = "1..*",
      description = "A word or phrase (\"réforme des retraites\"); several arguments are joined with spaces.")
  List<String> query;

  @Option(names = {"-m", "--model"}, paramLabel = "DIR", required = true,
      description = "Model folder written by sujets run: <run output>/model; a local path or a URI.")
  String model;

  @Option(names = "--run", paramLabel = "DIR",
      description = "The run's output folder, for its topics.json and articles.csv."
          + " Default: the model folder's parent.")
  String run;

  @Option(names = "--top", paramLabel = "N", defaultValue = "5",
      description = "Topics listed, 1–1000. Default: ${DEFAULT-VALUE}.")
  int top;

  @Option(names = "--json", description = "Print the result as JSON on stdout, for scripts.")
  boolean json;

  @Mixin SparkOptions sparkOptions;

  @Override
  public Integer call() throws Exception {
    validate();
    if (sparkOptions.master == null && System.getProperty("spark.master") == null) {
      sparkOptions.master = LOCAL_MASTER;
    }
    return CommandSession.run(sparkOptions, "sujets search", session -> {
      FileSystemPreflight.require(session.spark(), run == null ? List.of(model) : List.of(model, run));
      SearchResult result = new SearchJob(session.spark()).search(model, run, String.join(" ", query), top);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.print(SearchListing.json(result));
      } else if (!result.nothingKnown()) {
        out.print(SearchListing.text(result));
      }
      out.flush();
      if (result.nothingKnown()) {
        spec.commandLine().getErr().println("sujets: " + SearchListing.nothingKnown(result));
        return ExitCodes.FAILURE;
      }
      return ExitCodes.OK;
    });
  }

  /** A bad value is a usage error (exit 2), found before Spark starts. */
  private void validate() {
    try {
      sparkOptions.validate();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    if (top < 1 || top > 1000) {
      throw new ParameterException(spec.commandLine(), "--top must be 1–1000, got " + top);
    }
    if (String.join(" ", query).isBlank()) {
      throw new ParameterException(spec.commandLine(), "the query is empty");
    }
  }
}
