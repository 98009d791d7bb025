package org.sujets.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class ExecutorStarvationMessageTest {
  private static final String MASTER = "spark://127.0.0.1:7077";

  /** /json/ of a Spark 4.1.0 master with one idle worker started with --cores 1 --memory 1g. */
  private static ClusterCapacity oneWorker() throws IOException {
    try (InputStream in = ExecutorStarvationMessageTest.class.getResourceAsStream("master-status-1-worker.json")) {
      return ClusterCapacity.fromMasterJson(new ObjectMapper().readTree(in));
    }
  }

  @Test
  void theMastersJsonGivesEachAliveWorkersFreeResources() throws IOException {
    assertEquals(new ClusterCapacity(java.util.List.of(new ClusterCapacity.Worker(1024, 1, 1024, 1))), oneWorker());
  }

  @Test
  void anExecutorLargerThanEveryWorkerNamesBoth() throws IOException {
    ExecutorRequest asked = ExecutorRequest.of(new SparkConf(false).set("spark.executor.memory", "8g"));
    assertTrue(oneWorker().neverFits(asked));
    assertEquals("no worker of " + MASTER + " can start an executor: each asks for 8192 MiB and at least 1 core per"
        + " executor (spark.executor.memory, spark.executor.cores), and the master has 1 alive worker with at most"
        + " 1024 MiB and 1 core each; lower --conf spark.executor.memory or spark.executor.cores to fit a worker,"
        + " or add larger workers", ExecutorStarvationWatch.tooLarge(MASTER, asked, oneWorker()));
  }

  @Test
  void tooManyCoresIsNamedToo() {
    ExecutorRequest asked = ExecutorRequest.of(new SparkConf(false).set("spark.executor.cores", "2"));
    ClusterCapacity local = ClusterCapacity.ofLocalCluster(1, 1, 1024);
    assertTrue(local.neverFits(asked));
    assertTrue(ExecutorStarvationWatch.tooLarge("local-cluster[1,1,1024]", asked, local)
        .contains("each asks for 1024 MiB and 2 cores per executor"));
  }

  /** Workers large enough but held by other applications: wait, there is no certainty to report early. */
  @Test
  void aBusyClusterIsReportedAfterTheWait() {
    ClusterCapacity busy = new ClusterCapacity(java.util.List.of(new ClusterCapacity.Worker(4096, 4, 512, 0)));
    ExecutorRequest asked = new ExecutorRequest(1024, 1);
    assertFalse(busy.neverFits(asked));
    assertFalse(busy.fitsNow(asked));
    assertEquals("no executor started on " + MASTER + " within 30 s: each asks for 1024 MiB and 1 core per executor"
        + " (spark.executor.memory, spark.executor.cores), and the master has 1 alive worker with at most 512 MiB and"
        + " 0 cores free (other applications hold the rest); wait for them, lower --conf spark.executor.memory or"
        + " spark.executor.cores, or --executor-wait SECONDS waits longer",
        ExecutorStarvationWatch.message(MASTER, Duration.ofSeconds(30), asked, Optional.of(busy)));
    assertFalse(new ClusterCapacity(java.util.List.of()).neverFits(asked), "no worker yet is not a verdict");
  }

  @Test
  void aRequestTheClusterCouldMeetPointsAtTheWorkersLogs() throws IOException {
    ExecutorRequest asked = ExecutorRequest.of(new SparkConf(false).set("spark.executor.memory", "768m"));
    String message = ExecutorStarvationWatch.message(MASTER, Duration.ofSeconds(30), asked, Optional.of(oneWorker()));
    assertTrue(message.contains("768 MiB and at least 1 core per executor (spark.executor.memory,"
        + " spark.executor.cores), which a worker has free"), message);
    assertTrue(message.endsWith("; see the workers' logs (work/<app-id>/<executor-id>/stderr), or --executor-wait"
        + " SECONDS waits longer"), message);
  }

  @Test
  void anUnknownClusterGetsWhatWasAsked() {
    String message = ExecutorStarvationWatch.message("yarn", Duration.ofSeconds(30),
        new ExecutorRequest(4096, 2), Optional.empty());
    assertEquals("no executor started on yarn within 30 s: each asks for 4096 MiB and 2 cores per executor"
        + " (spark.executor.memory, spark.executor.cores); check the cluster has that much free (its web UI), lower"
        + " --conf spark.executor.memory or spark.executor.cores, or --executor-wait SECONDS waits longer", message);
  }
}
