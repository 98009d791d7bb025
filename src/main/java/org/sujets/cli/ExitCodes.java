package org.sujets.cli;

/** The process exit codes of every command. */
public final class ExitCodes {
  /** The run finished and wrote its output. */
  public static final int OK = 0;
  /** The run failed (bad input data, Spark failure); the cause is printed on one line. */
  public static final int FAILURE = 1;
  /** The command line was wrong (unknown option, value out of range); nothing ran. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
