package org.sujets.cli;

import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;

/** Entry point of {@code bin/sujets} and of {@code spark-submit --class org.sujets.cli.Main}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code = run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    if (inYarnClusterDriver(System.getProperties())) {
      // Spark's YARN ApplicationMaster runs this method in a thread of its own JVM and takes any
      // System.exit, even exit(0), for the application ending early: it marks the attempt failed
      // and YARN runs the whole job again. Return on success; on failure, throw, which the
      // ApplicationMaster reports as the application's final status (FAILED) with this message.
      if (code != ExitCodes.OK) {
        throw new IllegalStateException(
            "sujets failed with exit code " + code + " (its cause is on the driver's stderr above)");
      }
      return;
    }
    System.exit(code);
  }

  /**
   * Whether this JVM is the driver of a YARN cluster-mode application (the ApplicationMaster sets
   * the application's Spark configuration as system properties before it calls main).
   */
  static boolean inYarnClusterDriver(Properties props) {
    return "yarn".equals(props.getProperty("spark.master"))
        && "cluster".equals(props.getProperty("spark.submit.deployMode"));
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
