package org.sujets;

import org.apache.spark.sql.SparkSession;

/** One small local Spark session shared by the test classes of a Surefire JVM. */
public final class LocalSpark {
  private LocalSpark() {}

  public static SparkSession session() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("sujets-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
  }

  /** The bundled sample corpus (data/sample), as Surefire passes it. */
  public static String sampleDir() {
    return System.getProperty("sujets.sample.dir", "data/sample");
  }
}
