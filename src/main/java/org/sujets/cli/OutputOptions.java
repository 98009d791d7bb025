package org.sujets.cli;

import picocli.CommandLine.Option;

/** Where a command that fits topics ({@code run}, {@code tune}) writes its files and its checkpoints. */
public final class OutputOptions {
  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
      description = "Output folder: a local path or a URI (hdfs://, s3a://, file:). A folder holding a"
          + " previous Sujets run is replaced; any other non-empty folder needs --overwrite.")
  String dir;

  @Option(names = "--checkpoint-dir", paramLabel = "DIR",
      description = "Where Spark checkpoints cut lineage (near-duplicate clusters, EM LDA): a folder"
          + " every executor sees, local path or URI. Default: _checkpoints in the run's temporary"
          + " output folder. The run deletes what it wrote there.")
  String checkpointDir;
}
