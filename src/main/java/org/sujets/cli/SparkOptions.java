package org.sujets.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.sujets.cluster.ClusterUnavailableException;
import org.sujets.cluster.ExecutorStarvationWatch;
import org.sujets.cluster.MasterAddress;
import org.sujets.cluster.MasterReachability;
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

  @Option(names = "--executor-wait", paramLabel = "SECONDS",
      description = "On a cluster (not local[*]): how long the first job waits for an executor before the"
          + " run fails, naming the executor memory and cores asked for and what the workers have free"
          + " (a standalone master's web UI on spark.master.ui.port, 8080 by default). Spark itself waits"
          + " for ever when no worker is large enough. 0 waits for ever. Default: 30 on a standalone"
          + " master (spark://, local-cluster), 0 on YARN and Kubernetes, whose queues may"
          + " legitimately hold containers back and which refuse an executor larger than any node.")
  Integer executorWaitSeconds;

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
    if (executorWaitSeconds != null && executorWaitSeconds < 0) {
      throw new IllegalArgumentException("--executor-wait must be 0 (for ever) or more seconds, got " + executorWaitSeconds);
    }
    if (master != null && master.trim().startsWith("spark://")) {
      MasterAddress.ofStandaloneUrl(master);
    }
  }

  /** The Hadoop configuration for files read before Spark starts ({@link HadoopBeforeSpark}). */
  org.apache.hadoop.conf.Configuration hadoopBeforeSpark() {
    return HadoopBeforeSpark.configuration(conf);
  }

  private static final java.util.regex.Pattern MASTER = java.util.regex.Pattern.compile(
      "local|local\\[(\\*|[1-9]\\d*)(,\\s*[1-9]\\d*)?]|local-cluster\\[\\d+,\\s*\\d+,\\s*\\d+]"
          + "|spark://[^\\s/]+(,[^\\s/]+)*/?|yarn|k8s://\\S+|connect://\\S+|sc://\\S+");

  /** Watches the session this command started, when it runs on a cluster. */
  private ExecutorStarvationWatch executorWatch;

  /**
   * Starts the Spark session, or joins the one already running in this JVM. A session it starts on
   * a standalone master is started only once a master answers, and is watched for executors that
   * never come (see {@link #explain}).
   *
   * @throws ClusterUnavailableException when no master answers, or it does not take the application
   */
  SparkSession session(String appName) {
    SparkConf sparkConf = sparkConf(appName);
    if (SparkSession.getDefaultSession().isDefined() || SparkSession.getActiveSession().isDefined()) {
      return SparkSession.builder().config(sparkConf).getOrCreate();
    }
    String masterUrl = sparkConf.get("spark.master");
    if (masterUrl.startsWith("spark://")) {
      MasterReachability.requireReachable(masterUrl, MasterReachability.CONNECT_TIMEOUT);
    }
    SparkSession spark = start(sparkConf, masterUrl);
    executorWatch = ExecutorStarvationWatch.watch(spark.sparkContext(), executorWait(masterUrl)).orElse(null);
    return spark;
  }

  /** --executor-wait, or its default for the kind of cluster (see the option's description). */
  private Duration executorWait(String masterUrl) {
    if (executorWaitSeconds != null) {
      return Duration.ofSeconds(executorWaitSeconds);
    }
    boolean standalone = masterUrl.startsWith("spark://") || masterUrl.startsWith("local-cluster");
    return standalone ? STANDALONE_EXECUTOR_WAIT : Duration.ZERO;
  }

  private static final Duration STANDALONE_EXECUTOR_WAIT = Duration.ofSeconds(30);

  /** getOrCreate, with the one-line cause when a standalone master never took the application. */
  private static SparkSession start(SparkConf sparkConf, String masterUrl) {
    SparkSession spark;
    try {
      spark = SparkSession.builder().config(sparkConf).getOrCreate();
    } catch (IllegalStateException e) {
      throw masterUrl.startsWith("spark://") ? notRegistered(masterUrl, e) : e;
    }
    if (spark.sparkContext().isStopped() && masterUrl.startsWith("spark://")) {
      throw notRegistered(masterUrl, null);
    }
    return spark;
  }

  /** Spark stops the context when the master never answers its registration (3 tries, 20 s apart). */
  private static ClusterUnavailableException notRegistered(String masterUrl, Throwable cause) {
    return new ClusterUnavailableException("the Spark master " + masterUrl + " did not register this"
        + " application; check that --master gives the master's port (7077 by default, not its web UI's)"
        + " and that the master runs the same Spark version", cause);
  }

  /**
   * The exception a command reports when its job failed: the executor watch's when it cancelled
   * the job (no executor could start), else the job's own (Spark's are often checked exceptions).
   */
  Exception explain(Exception jobFailure) {
    if (executorWatch == null || executorWatch.failure().isEmpty()) {
      return jobFailure;
    }
    return new ClusterUnavailableException(executorWatch.failure().get().getMessage(), jobFailure);
  }

  private SparkConf sparkConf(String appName) {
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
    // Lets adaptive execution coalesce the shuffle partitions of a cached plan as it does any
    // other: without it a cached aggregate keeps spark.sql.shuffle.partitions (200) partitions,
    // and every later job over it pays 200 tasks, mostly empty on an archive of this size.
    sparkConf.setIfMissing("spark.sql.optimizer.canChangeCachedPlanOutputPartitioning", "true");
    for (String setting : conf) {
      int eq = setting.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--conf expects KEY=VALUE, got '" + setting + "'");
      }
      sparkConf.set(setting.substring(0, eq).trim(), setting.substring(eq + 1).trim());
    }
    return sparkConf;
  }
}
