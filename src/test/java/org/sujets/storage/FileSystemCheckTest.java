package org.sujets.storage;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.util.VersionInfo;
import org.junit.jupiter.api.Test;

/** Against the real classpath: Spark's Hadoop client, without hadoop-aws, hadoop-azure or gcs-connector. */
class FileSystemCheckTest {
  private final Configuration conf = new Configuration();

  @Test
  void cloudSchemesNameThePackageToAdd() {
    String hadoop = VersionInfo.getVersion();
    assertEquals("no file system for s3a:// on the classpath; add --packages org.apache.hadoop:hadoop-aws:"
        + hadoop + " (the Hadoop version of this Spark) to spark-submit", missing("s3a://bucket/news/"));
    assertEquals("no file system for gs:// on the classpath; add --packages"
        + " com.google.cloud.bigdataoss:gcs-connector:hadoop3-2.2.21 to spark-submit", missing("gs://bucket/news"));
    for (String uri : new String[] {"abfs://c@acct.dfs.core.windows.net/news", "abfss://c@acct.dfs.core.windows.net/x",
        "wasb://c@acct.blob.core.windows.net/x", "WASBS://c@acct.blob.core.windows.net/x"}) {
      String scheme = uri.substring(0, uri.indexOf(':')).toLowerCase(java.util.Locale.ROOT);
      assertEquals("no file system for " + scheme + ":// on the classpath; add --packages org.apache.hadoop:hadoop-azure:"
          + hadoop + " (the Hadoop version of this Spark) to spark-submit", missing(uri));
    }
  }

  @Test
  void anUnknownSchemeIsNamedWithoutAPackage() {
    assertEquals("no file system for foo:// on the classpath; check the URI, or add the package providing the"
        + " Hadoop file system for foo:// to spark-submit --packages", missing("foo://x/y"));
  }

  @Test
  void globsAndPathsAsUsersWriteThemAreChecked() {
    assertNotNull(missing("s3a://bucket/news/2024-*.jsonl"));
    // --output parsed as a java.nio Path collapses s3a:// to s3a:/
    assertEquals(missing("s3a://bucket/out"), missing(java.nio.file.Path.of("s3a://bucket/out").toString()));
  }

  @Test
  void schemesSparkShipsPass() {
    for (String path : new String[] {"data/sample", "/tmp/x", "file:///tmp/x", "hdfs://127.0.0.1:1/news",
        "data/*.jsonl"}) {
      assertDoesNotThrow(() -> FileSystemCheck.requireFileSystem(path, conf), path);
    }
    assertDoesNotThrow(() -> FileSystemCheck.requireFileSystem(URI.create("file:/tmp"), conf));
  }

  /** What Hadoop itself throws when such a path is opened maps to the same line. */
  @Test
  void hadoopsOwnFailuresMapToTheSameLine() {
    for (String uri : new String[] {"s3a://bucket/x", "gs://bucket/x", "abfs://c@a.dfs.core.windows.net/x"}) {
      Exception raw = assertThrows(Exception.class, () -> new Path(uri).getFileSystem(conf));
      MissingFileSystemException mapped = MissingFileSystemException.fromHadoop(raw);
      assertNotNull(mapped, raw.toString());
      assertEquals(missing(uri), mapped.getMessage());
    }
    assertNull(MissingFileSystemException.fromHadoop(new IOException("disk full")));
  }

  private String missing(String path) {
    return assertThrows(MissingFileSystemException.class, () -> FileSystemCheck.requireFileSystem(path, conf)).getMessage();
  }
}
