package org.sujets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujets.LocalSpark;

/**
 * Issue 16: a cluster that cannot run the job ends within 60 s with exit 1 and one line on stderr.
 * Each case runs Main in its own JVM, as bin/sujets and spark-submit do: the test JVM's shared
 * local session would otherwise be joined, and stderr is only whole in a process of its own.
 */
class ClusterErrorsTest {
  private static final Duration LIMIT = Duration.ofSeconds(60);
  /** Printed by every JVM started with Spark's --add-modules=jdk.incubator.vector. */
  private static final String JVM_NOTICE = "WARNING: Using incubator modules: jdk.incubator.vector";
  private static final String HINT = "sujets: run again with --verbose for details";
  /**
   * Spark's notice for a cluster run whose checkpoints go to a local folder (the run's output
   * here); it comes from the run's start, not from the error, and is the output layer's concern.
   */
  private static final String LOCAL_CHECKPOINT_NOTICE =
      "WARN SparkContext: Spark is not running in local mode, therefore the checkpoint directory must not be on the local filesystem.";

  record Outcome(int exitCode, List<String> stderr, Duration elapsed) {
    /** stderr without the JVM's notice and the --verbose hint that follows every error line. */
    List<String> errorLines() {
      return stderr.stream()
          .filter(l -> !l.equals(JVM_NOTICE) && !l.equals(HINT) && !l.contains(LOCAL_CHECKPOINT_NOTICE)).toList();
    }
  }

  @Test
  void anUnreachableMasterIsOneLineAtOnce(@TempDir Path dir) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Outcome o = sujets(dir, "run", "--master", "spark://127.0.0.1:" + port, "-o", dir.resolve("out").toString());
    assertEquals(ExitCodes.FAILURE, o.exitCode(), o.stderr().toString());
    assertEquals(List.of("sujets: error: cannot reach the Spark master spark://127.0.0.1:" + port
        + " (connection refused); check --master and that the master is running"), o.errorLines());
    assertTrue(o.elapsed().compareTo(LIMIT) < 0, "took " + o.elapsed());
    System.out.printf("unreachable master: error line after %.1f s%n", o.elapsed().toMillis() / 1000.0);
  }

  /**
   * local-cluster[1,1,1024] starts a real standalone Master and Worker (1 core, 1024 MiB) in the
   * driver; executors of 2 cores never fit, and Spark would wait for ever. No executor is ever
   * launched, so no SPARK_HOME is needed. With the default --executor-wait (30 s): the run fails at
   * the first look at the workers, as none could ever take such an executor.
   */
  @Test
  void executorsNoWorkerCanTakeFailAfterTheWait(@TempDir Path dir) throws Exception {
    Outcome o = sujets(dir, "run", "--master", "local-cluster[1,1,1024]", "--conf", "spark.executor.cores=2",
        "--conf", "spark.ui.enabled=false",
        "--input", LocalSpark.sampleDir(), "-o", dir.resolve("out").toString());
    assertEquals(ExitCodes.FAILURE, o.exitCode(), o.stderr().toString());
    assertEquals(List.of("sujets: error: no worker of local-cluster[1,1,1024] can start an executor: each asks for"
        + " 1024 MiB and 2 cores per executor (spark.executor.memory, spark.executor.cores), and the master has"
        + " 1 alive worker with at most 1024 MiB and 1 core each; lower --conf spark.executor.memory or"
        + " spark.executor.cores to fit a worker, or add larger workers"), o.errorLines());
    assertTrue(o.elapsed().compareTo(LIMIT) < 0, "took " + o.elapsed());
    assertTrue(!Files.exists(dir.resolve("out")), "the output folder was left behind");
    System.out.printf("no worker large enough: error line after %.1f s%n", o.elapsed().toMillis() / 1000.0);
  }

  /** Runs org.sujets.cli.Main in a new JVM with this one's flags and classpath. */
  private static Outcome sujets(Path dir, String... args) throws IOException, InterruptedException {
    // C1 only, as bin/sujets runs small inputs: start-up is most of the time measured here.
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx768m", "-XX:TieredStopAtLevel=1"));
    ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> !a.startsWith("-Xmx")).forEach(command::add);
    // Surefire's own class path is a manifest-only jar; this property is the real one.
    command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        Main.class.getName()));
    command.addAll(List.of(args));
    Path stderr = dir.resolve("stderr.txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr.toFile())
        .redirectOutput(dir.resolve("stdout.txt").toFile());
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    long start = System.nanoTime();
    Process process = builder.start();
    if (!process.waitFor(LIMIT.toSeconds() + 60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("still running after " + (LIMIT.toSeconds() + 60) + " s: " + Files.readString(stderr));
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    return new Outcome(process.exitValue(), Files.readAllLines(stderr), elapsed);
  }
}
