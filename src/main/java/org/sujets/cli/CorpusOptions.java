package org.sujets.cli;

import java.util.List;
import org.sujets.config.InputConfig;
import org.sujets.config.RecordMode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The corpus a command fits on ({@code run}, {@code tune}): where it is, how it is read, what a bad record does. */
public final class CorpusOptions {
  @Option(names = {"-i", "--input"}, paramLabel = "PATH", arity = "1..*",
      defaultValue = "${env:SUJETS_HOME:-.}/data/sample",
      description = "Files, folders (recursive) or globs: .txt (one article per file), .jsonl,"
          + " .jsonl.gz, .csv, .parquet. Default: the bundled sample of 5 articles.")
  List<String> input;

  @Mixin InputOptions inputOptions;

  @Option(names = "--mode", defaultValue = "permissive",
      description = "What a bad record (malformed JSON line or CSV row, binary .txt file, duplicate"
          + " id) does: permissive skips, counts and lists it in run.json; strict stops the run"
          + " at the first one, naming its file and line.")
  String mode;

  /** @throws IllegalArgumentException for an unknown format or mode */
  InputConfig inputConfig() {
    return new InputConfig(input, inputOptions.format(), inputOptions.columns(), RecordMode.parse(mode));
  }
}
