package org.sujets.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.sujets.config.GivenLabels;
import org.sujets.model.ModelManifest;
import org.sujets.model.TopicModelBundle;
import org.sujets.storage.Folder;
import org.sujets.topics.TopicLabels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sujets label}: lists or edits the names of a model's topics, in its model.json, without
 * Spark. What it prints is a labels file: given names as {@code ID: NAME} lines, the other topics
 * commented out with their words label, so that it can be edited and applied with {@code --labels}.
 */
@Command(
    name = "label",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Lists or edits the topic names of a model saved by `sujets run` (<run output>/model): infer (and every"
          + " later use of the model) shows them. Without an assignment, prints the labels as a labels file.",
      "Examples: sujets label --model runs/x/model 3=\"Réforme des retraites\" 5=\"Guerre en Ukraine\";"
          + " sujets label --model runs/x/model 3= (topic 3 named by its words again).",
      "Exit codes: 0 success, 1 failure (one-line cause on stderr), 2 usage error (nothing changed)."
    })
public final class LabelCommand implements Callable<Integer> {
  private static final Pattern ASSIGNMENT = Pattern.compile("(\\d{1,9})\\s*=(.*)", Pattern.DOTALL);

  @Spec CommandSpec spec;

  @Option(names = {"-m", "--model"}, paramLabel = "DIR", required = true,
      description = "Model folder written by sujets run: <run output>/model; a local path or a URI.")
  String model;

  @Mixin LabelsOption labelsFile;

  @Parameters(paramLabel = "ID=NAME", arity = "0..*",
      description = "Names topic ID (quote the name for the shell); ID= removes the name, the topic is named by its"
          + " words again. Applied after --labels, which replaces every given name with the file's.")
  List<String> assignments = new ArrayList<>();

  /** One edit of the command line: topic {@code id} named {@code name}, or its name removed (null). */
  record Assignment(int id, String name) {}

  @Override
  public Integer call() throws Exception {
    List<Assignment> edits = assignments();
    Configuration hadoop = HadoopBeforeSpark.configuration(List.of()); // spark-submit's spark.hadoop.* only
    GivenLabels file = usage(() -> labelsFile.givenLabels(hadoop));
    Folder folder = Folder.at(model, hadoop);
    ModelManifest manifest = TopicModelBundle.readManifest(folder);
    if (edits.isEmpty() && labelsFile.labels == null) {
      print(manifest.topicLabels(), spec.commandLine().getOut());
      return ExitCodes.OK;
    }
    TopicLabels edited = usage(() -> edit(manifest.topicLabels(), file, edits));
    try {
      TopicModelBundle.replaceManifest(folder, manifest.withLabels(edited));
    } catch (IOException e) {
      throw new IOException("cannot write " + folder.uri(TopicModelBundle.MANIFEST) + ": " + e.getMessage(), e);
    }
    print(edited, spec.commandLine().getOut());
    spec.commandLine().getErr().printf("[sujets] %s: %d of %d topics named%n", model, edited.given().size(),
        edited.k());
    return ExitCodes.OK;
  }

  /** The file's names replace the given ones (when a file is given), then each assignment applies. */
  static TopicLabels edit(TopicLabels current, GivenLabels file, List<Assignment> edits) {
    TopicLabels edited = current;
    if (file.origin() != null) {
      file.checkTopics(current.k());
      edited = current.withoutGiven().with(file.byId());
    }
    for (Assignment a : edits) {
      if (a.id() > current.k()) {
        throw new IllegalArgumentException("topic " + a.id() + " does not exist: the model's topics are 1.."
            + current.k());
      }
      edited = a.name() == null ? edited.without(a.id()) : edited.with(java.util.Map.of(a.id(), a.name()));
    }
    return edited;
  }

  /** The assignments typed, checked; a bad one is a usage error (exit 2). */
  private List<Assignment> assignments() {
    return usage(() -> {
      List<Assignment> parsed = new ArrayList<>();
      for (String typed : assignments) {
        Matcher m = ASSIGNMENT.matcher(typed.strip());
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
          throw new IllegalArgumentException("expected ID=NAME (e.g. 3=\"Réforme des retraites\") or ID= to remove a"
              + " name, with ID from 1, got '" + typed + "'");
        }
        int id = Integer.parseInt(m.group(1));
        try {
          parsed.add(new Assignment(id, m.group(2).isBlank() ? null : GivenLabels.name(m.group(2))));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("topic " + id + ": " + e.getMessage());
        }
      }
      return parsed;
    });
  }

  /** The labels as a labels file: names as lines, the others commented out with their words. */
  static void print(TopicLabels labels, PrintWriter out) {
    out.println("# " + labels.given().size() + " of " + labels.k() + " topics named; the others are commented out"
        + " with their words. Edit, then apply with --labels FILE.");
    for (int id = 1; id <= labels.k(); id++) {
      if (labels.source(id).equals(TopicLabels.GIVEN)) {
        out.println(id + ": " + labels.label(id));
        out.println("#    words: " + labels.fromWords().get(id - 1));
      } else {
        out.println("# " + id + ": " + labels.label(id));
      }
    }
    out.flush();
  }

  private <T> T usage(java.util.function.Supplier<T> check) {
    try {
      return check.get();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
