package org.sujets.job;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** Versions recorded in run.json. */
final class Versions {
  private Versions() {}

  static String sujets() {
    String v = Versions.class.getPackage().getImplementationVersion();
    return v != null ? v : "dev";
  }

  static Map<String, String> all(SparkSession spark) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("sujets", sujets());
    v.put("spark", spark.version());
    v.put("scala", scala.util.Properties.versionNumberString());
    v.put("lucene", org.apache.lucene.util.Version.LATEST.toString());
    v.put("java", System.getProperty("java.version"));
    return v;
  }
}
