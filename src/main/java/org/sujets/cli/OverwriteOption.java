package org.sujets.cli;

import picocli.CommandLine.Option;

/** Whether a command that writes a whole output folder ({@code run}, {@code infer}) may replace any non-empty one. */
public final class OverwriteOption {
  @Option(names = "--overwrite", description = "Replace a non-empty output folder.")
  boolean overwrite;
}
