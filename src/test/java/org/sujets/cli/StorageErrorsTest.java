package org.sujets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.security.AccessControlException;
import org.apache.hadoop.util.VersionInfo;
import org.apache.spark.SparkException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujets.LocalSpark;

/** Issue 16: a path the cluster cannot open is one line naming the cause and the fix. */
class StorageErrorsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    LocalSpark.session(); // a joined session: the command must not stop it
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  private List<String> errorLines() {
    return err.toString().lines().filter(l -> !l.equals("sujets: run again with --verbose for details")).toList();
  }

  private static String s3aLine() {
    return "sujets: error: no file system for s3a:// on the classpath; add --packages org.apache.hadoop:hadoop-aws:"
        + VersionInfo.getVersion() + " (the Hadoop version of this Spark) to spark-submit";
  }

  /** hadoop-aws is not on the test classpath, as in a plain Spark: this is the real failure. */
  @Test
  void anS3aInputWithoutHadoopAwsNamesThePackage(@TempDir Path dir) {
    assertEquals(ExitCodes.FAILURE, run("run", "--input", "s3a://bucket/news/", "--output", dir.resolve("o").toString()));
    assertEquals(List.of(s3aLine()), errorLines());
    assertFalse(Files.exists(dir.resolve("o")), "the output was started");
  }

  @Test
  void anS3aOutputIsCheckedBeforeAnythingRuns() throws Exception {
    Path cwd = Path.of("").toAbsolutePath();
    assertEquals(ExitCodes.FAILURE, run("run", "--input", LocalSpark.sampleDir(), "--output", "s3a://bucket/out"));
    assertEquals(List.of(s3aLine()), errorLines());
    assertFalse(Files.exists(cwd.resolve("s3a:")), "a local folder s3a:/ was created for the output");
  }

  @Test
  void inferChecksItsModelToo(@TempDir Path dir) {
    assertEquals(ExitCodes.FAILURE, run("infer", "--model", "gs://bucket/run/model", "--input", LocalSpark.sampleDir(),
        "--output", dir.resolve("o").toString()));
    assertEquals(List.of("sujets: error: no file system for gs:// on the classpath; add --packages"
        + " com.google.cloud.bigdataoss:gcs-connector:hadoop3-2.2.21 to spark-submit"), errorLines());
  }

  /** The failures the output layer meets, however deep Spark wraps them. */
  @Test
  void permissionFailuresAreOneLine() {
    assertEquals("permission denied: /data/out; give this user access to it, or choose another path",
        FailureMessages.oneLine(new SparkException("Job aborted", new AccessDeniedException("/data/out"))));
    assertEquals("Permission denied: user=alice, access=WRITE, inode=\"/out\":hdfs:supergroup:drwxr-xr-x; give this"
        + " user access to it, or choose another path", FailureMessages.oneLine(new java.io.UncheckedIOException(
            "writing the output failed", new AccessControlException("Permission denied: user=alice, access=WRITE,"
                + " inode=\"/out\":hdfs:supergroup:drwxr-xr-x\n\tat org.apache.hadoop.hdfs.server.namenode"))));
  }
}
