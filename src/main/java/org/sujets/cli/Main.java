package org.sujets.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of {@code bin/sujets} and of {@code spark-submit --class org.sujets.cli.Main}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Parses and runs a command; returns the exit code (0 ok, 1 failure, 2 usage error). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new SujetsCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new FailureHandler());
    return cli.execute(args);
  }
}
