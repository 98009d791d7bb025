package org.sujets;

import org.apache.spark.sql.SparkSession;

/** One small local Spark session shared by the test classes of a Surefire JVM. */
public final class LocalSpark {
  private LocalSpark() {}

  /** The session; stages that cut lineage (connected components) find a checkpoint directory set. */
  public static SparkSession session() {
    SparkSession spark = SparkSession.builder()
        .master("local[2]")
        .appName("sujets-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
    if (spark.sparkContext().getCheckpointDir().isEmpty()) {
      spark.sparkContext().setCheckpointDir(
          System.getProperty("java.io.tmpdir") + "/sujets-test-checkpoints-" + ProcessHandle.current().pid());
    }
    return spark;
  }

  /** The bundled sample corpus (data/sample), as Surefire passes it. */
  public static String sampleDir() {
    return System.getProperty("sujets.sample.dir", "data/sample");
  }
}
