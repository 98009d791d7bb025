package org.sujets.cli;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Option;

/** Options shared by the commands that start Spark. */
public final class SparkOptions {
  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master: local[*] (default when not launched by spark-submit), local[N],"
          + " spark://host:7077, yarn... Under spark-submit, its --master applies.")
  String master;

  @Option(names = "--conf", paramLabel = "KEY=VALUE",
      description = "Extra Spark setting, e.g. --conf spark.sql.shuffle.partitions=64 (repeatable).")
  List<String> conf = new ArrayList<>();

  @Option(names = {"-v", "--verbose"}, description = "Show Spark's own INFO logging and stack traces.")
  boolean verbose;

  /**
   * Checks --master and --conf before Spark starts, so a typo is a usage error, not a stack trace
   * from Spark.
   *
   * @throws IllegalArgumentException naming the value and the accepted forms
   */
  void validate() {
    if (master != null && !MASTER.matcher(master.trim()).matches()) {
      throw new IllegalArgumentException(
          "--master '" + master + "' is not a Spark master URL: use local, local[N], local[*],"
              + " spark://HOST:PORT, yarn or k8s://https://HOST:PORT");
    }
    for (String setting : conf) {
      if (setting.indexOf('=') <= 0) {
        throw new IllegalArgumentException("--conf expects KEY=VALUE, got '" + setting + "'");
      }
    }
  }

  private static final java.util.regex.Pattern MASTER = java.util.regex.Pattern.compile(
      "local|local\\[(\\*|[1-9]\\d*)(,\\s*[1-9]\\d*)?]|local-cluster\\[\\d+,\\s*\\d+,\\s*\\d+]"
          + "|spark://[^\\s/]+(,[^\\s/]+)*/?|yarn|k8s://\\S+|connect://\\S+|sc://\\S+");

  /** Starts (or joins, under spark-submit) the Spark session. */
  SparkSession session(String appName) {
    SparkConf sparkConf = new SparkConf();
    if (master != null) {
      sparkConf.setMaster(master);
    } else if (!sparkConf.contains("spark.master")) {
      sparkConf.setMaster("local[*]");
    }
    if (!sparkConf.contains("spark.app.name")) {
      sparkConf.setAppName(appName);
    }
    sparkConf.setIfMissing("spark.ui.showConsoleProgress", "false");
    // Under spark-submit, log4j is configured before our main runs; Spark applies this at start-up.
    sparkConf.setIfMissing("spark.log.level", verbose ? "INFO" : "WARN");
    for (String setting : conf) {
      int eq = setting.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--conf expects KEY=VALUE, got '" + setting + "'");
      }
      sparkConf.set(setting.substring(0, eq).trim(), setting.substring(eq + 1).trim());
    }
    return SparkSession.builder().config(sparkConf).getOrCreate();
  }
}
