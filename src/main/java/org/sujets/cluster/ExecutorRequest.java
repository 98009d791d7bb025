package org.sujets.cluster;

import org.apache.spark.SparkConf;

/**
 * What each executor asks a cluster for.
 *
 * @param memoryMiB spark.executor.memory (Spark's default 1g)
 * @param cores spark.executor.cores, or null when unset (standalone then gives an executor all
 *     the free cores of a worker, at least one)
 */
public record ExecutorRequest(long memoryMiB, Integer cores) {

  public static ExecutorRequest of(SparkConf conf) {
    return new ExecutorRequest(conf.getSizeAsMb("spark.executor.memory", "1g"),
        conf.contains("spark.executor.cores") ? conf.getInt("spark.executor.cores", 1) : null);
  }

  /** Whether a worker with this much free could start one. */
  public boolean fits(long freeMemoryMiB, int freeCores) {
    return freeMemoryMiB >= memoryMiB && freeCores >= (cores == null ? 1 : cores);
  }

  /** "8192 MiB and 1 core per executor (spark.executor.memory, spark.executor.cores)". */
  public String describe() {
    String coreText = cores == null ? "at least 1 core" : cores + (cores == 1 ? " core" : " cores");
    return memoryMiB + " MiB and " + coreText + " per executor (spark.executor.memory, spark.executor.cores)";
  }
}
