package org.sujets.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception from a command into one line on stderr and exit code 1. The stack trace is
 * printed only with --verbose: a user needs the cause, not Spark's internals.
 */
final class FailureHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    boolean verbose = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
        || parsed.hasMatchedOption("--verbose");
    cli.getErr().println("sujets: error: " + FailureMessages.oneLine(e));
    if (verbose) {
      e.printStackTrace(cli.getErr());
    } else {
      cli.getErr().println("sujets: run again with --verbose for details");
    }
    cli.getErr().flush();
    return ExitCodes.FAILURE;
  }
}
