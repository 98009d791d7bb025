package org.sujets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujets.storage.ObjectStoreLikeFileSystem;
import picocli.CommandLine;

class HadoopBeforeSparkTest {
  @TempDir Path dir;

  @Test
  void sparkHadoopSettingsReachHadoopAndConfWinsOverSparkSubmit() {
    System.setProperty("spark.hadoop.fs.s3a.endpoint", "http://127.0.0.1:1");
    System.setProperty("spark.hadoop.fs.s3a.path.style.access", "true");
    try {
      Configuration hadoop = HadoopBeforeSpark.configuration(
          List.of("spark.hadoop.fs.s3a.endpoint = http://127.0.0.1:2", "spark.sql.shuffle.partitions=8"));
      assertEquals("http://127.0.0.1:2", hadoop.get("fs.s3a.endpoint"), "--conf wins");
      assertEquals("true", hadoop.get("fs.s3a.path.style.access"), "spark-submit's system property");
      assertNull(hadoop.get("spark.sql.shuffle.partitions"));
      assertNull(hadoop.get("sql.shuffle.partitions"));
    } finally {
      System.clearProperty("spark.hadoop.fs.s3a.endpoint");
      System.clearProperty("spark.hadoop.fs.s3a.path.style.access");
    }
  }

  @Test
  void filesReadBeforeSparkUseTheFileSystemsConfGives() throws IOException {
    Path stop = Files.writeString(dir.resolve("stop.txt"), "poutine\n", StandardCharsets.UTF_8);
    Path labels = Files.writeString(dir.resolve("labels.txt"), "1: Russie\n", StandardCharsets.UTF_8);
    String scheme = ObjectStoreLikeFileSystem.SCHEME + "://";
    List<String> args = List.of("--stopwords", scheme + stop, "--labels", scheme + labels);
    String fs = "spark.hadoop.fs." + ObjectStoreLikeFileSystem.SCHEME;

    RunCommand without = new RunCommand(); // the same files, the scheme unknown to Hadoop
    new CommandLine(without).parseArgs(args.toArray(new String[0]));
    CommandLine.ParameterException e = assertThrows(CommandLine.ParameterException.class, without::config);
    assertTrue(e.getMessage().contains(ObjectStoreLikeFileSystem.SCHEME), e.getMessage());

    RunCommand configured = new RunCommand();
    new CommandLine(configured).parseArgs(concat(args, List.of("--conf",
        fs + ".impl=" + ObjectStoreLikeFileSystem.class.getName(), "--conf", fs + ".impl.disable.cache=true")));
    var config = configured.config();
    assertEquals(List.of("poutine"), config.analysis().extraStopWords());
    assertEquals("Russie", config.labels().byId().get(1));
  }

  private static String[] concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toArray(String[]::new);
  }
}
