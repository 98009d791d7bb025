package org.sujets.storage;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.util.VersionInfo;

/**
 * The packages that bring the Hadoop file systems Spark does not ship, and the URI schemes each
 * serves: the one place that knows what to add for s3a://, gs://, abfs:// or wasb://.
 */
public enum FileSystemPackage {
  HADOOP_AWS("org.apache.hadoop:hadoop-aws", true, "org.apache.hadoop.fs.s3a.", "s3a"),
  HADOOP_AZURE("org.apache.hadoop:hadoop-azure", true, "org.apache.hadoop.fs.azure",
      "abfs", "abfss", "wasb", "wasbs"),
  // Google's connector has its own versions; the hadoop3-2.2 line runs on Hadoop 3.
  GCS_CONNECTOR("com.google.cloud.bigdataoss:gcs-connector:hadoop3-2.2.21", false,
      "com.google.cloud.hadoop.fs.gcs.", "gs");

  private final String artifact;
  private final boolean versionedLikeHadoop;
  private final String classPrefix;
  private final List<String> schemes;

  FileSystemPackage(String artifact, boolean versionedLikeHadoop, String classPrefix, String... schemes) {
    this.artifact = artifact;
    this.versionedLikeHadoop = versionedLikeHadoop;
    this.classPrefix = classPrefix;
    this.schemes = List.of(schemes);
  }

  /** The package serving a URI scheme (case-insensitive), if it is one of these. */
  public static Optional<FileSystemPackage> forScheme(String scheme) {
    return Arrays.stream(values()).filter(p -> p.schemes.contains(scheme.toLowerCase(java.util.Locale.ROOT))).findFirst();
  }

  /** The package a file system class belongs to, as named in a ClassNotFoundException. */
  public static Optional<FileSystemPackage> forClassName(String className) {
    return Arrays.stream(values()).filter(p -> className.startsWith(p.classPrefix)).findFirst();
  }

  /** The first scheme it serves, to name it in a message. */
  public String scheme() {
    return schemes.get(0);
  }

  /**
   * The --packages value. Hadoop's own modules must match the Hadoop jars Spark runs with
   * exactly, so their version is read from those jars.
   */
  public String coordinates() {
    return versionedLikeHadoop ? artifact + ":" + VersionInfo.getVersion() : artifact;
  }

  /** How to add it, for the second half of an error line. */
  public String fix() {
    return "add --packages " + coordinates()
        + (versionedLikeHadoop ? " (the Hadoop version of this Spark)" : "") + " to spark-submit";
  }
}
