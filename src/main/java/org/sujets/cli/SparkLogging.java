package org.sujets.cli;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/** Keeps Spark's own logging to warnings unless --verbose asks for everything. */
final class SparkLogging {
  private SparkLogging() {}

  static void configure(boolean verbose) {
    Configurator.setRootLevel(verbose ? Level.INFO : Level.WARN);
    if (!verbose) {
      // Harmless start-up notices on a laptop.
      Configurator.setLevel("org.apache.hadoop.util.NativeCodeLoader", Level.ERROR);
      Configurator.setLevel("org.apache.spark.util.Utils", Level.ERROR);
      Configurator.setLevel("org.apache.spark.util.SparkStringUtils", Level.ERROR);
      // A glob --input is first looked up as a literal path (a streaming sink's metadata folder);
      // the miss came as a WARN with a 40-line stack trace on every run with a glob.
      Configurator.setLevel("org.apache.spark.sql.execution.streaming.sinks.FileStreamSink", Level.ERROR);
      // "Broadcasting large task binary": LDA broadcasts its k × vocabulary matrix by design.
      Configurator.setLevel("org.apache.spark.scheduler.DAGScheduler", Level.ERROR);
      // Cluster trouble is reported on one line (SparkOptions, ExecutorStarvationWatch): a master
      // that does not answer is retried with a stack trace each time, and a job no worker can take
      // warns "Initial job has not accepted any resources" every 15 s.
      Configurator.setLevel("org.apache.spark.deploy.client.StandaloneAppClient$ClientEndpoint", Level.ERROR);
      Configurator.setLevel("org.apache.spark.scheduler.cluster.StandaloneSchedulerBackend", Level.ERROR);
      Configurator.setLevel("org.apache.spark.scheduler.TaskSchedulerImpl", Level.ERROR);
      // local-cluster[N,C,M] runs its Master in the driver, which warns the same as a WARN.
      Configurator.setLevel("org.apache.spark.deploy.master.Master", Level.ERROR);
    }
  }
}
