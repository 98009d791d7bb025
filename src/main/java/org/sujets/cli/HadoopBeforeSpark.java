package org.sujets.cli;

import java.util.List;
import org.apache.hadoop.conf.Configuration;

/**
 * The Hadoop configuration for the small files a command reads before Spark starts (labels, stop
 * words, seed words, a model's model.json). A plain {@code new Configuration()} would miss the
 * {@code spark.hadoop.*} settings that Spark copies into its own (S3A's endpoint and credentials,
 * for instance), so a file the job itself could read would fail here.
 */
final class HadoopBeforeSpark {
  static final String PREFIX = "spark.hadoop.";

  private HadoopBeforeSpark() {}

  /**
   * Hadoop's own files (core-site.xml on the classpath), then every {@code spark.hadoop.KEY=VALUE}
   * set as KEY=VALUE: first those spark-submit passed as system properties, then {@code --conf}'s,
   * which win, as in {@link SparkOptions}'s Spark configuration.
   *
   * @param conf the command's {@code --conf} settings (KEY=VALUE; others are ignored here)
   */
  static Configuration configuration(List<String> conf) {
    Configuration hadoop = new Configuration();
    System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith(PREFIX)).sorted()
        .forEach(k -> hadoop.set(k.substring(PREFIX.length()), System.getProperty(k)));
    for (String setting : conf) {
      int eq = setting.indexOf('=');
      String key = eq > 0 ? setting.substring(0, eq).trim() : "";
      if (key.startsWith(PREFIX) && key.length() > PREFIX.length()) {
        hadoop.set(key.substring(PREFIX.length()), setting.substring(eq + 1).trim());
      }
    }
    return hadoop;
  }
}
