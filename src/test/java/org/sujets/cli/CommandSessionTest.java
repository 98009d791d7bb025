package org.sujets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.sujets.LocalSpark;

/** A command's session when a signal comes: in a joined session, as the tests run the commands. */
class CommandSessionTest {
  @Test
  void aSignalRunsTheAbortActionCancelsTheJobAndWaitsForTheCommandToUnwind() throws Exception {
    SparkSession shared = LocalSpark.session();
    AtomicReference<CommandSession> current = new AtomicReference<>();
    AtomicBoolean aborted = new AtomicBoolean();
    AtomicBoolean unwound = new AtomicBoolean();
    AtomicReference<Exception> failure = new AtomicReference<>();
    CountDownLatch jobStarted = new CountDownLatch(1);
    Thread command = new Thread(() -> {
      try {
        CommandSession.run(new SparkOptions(), "sujets test", session -> {
          current.set(session);
          session.onSignal(() -> aborted.set(true));
          jobStarted.countDown();
          try {
            // A job that only a cancellation ends.
            new JavaSparkContext(session.spark().sparkContext()).parallelize(List.of(1, 2), 2).foreach(x -> {
              while (!TaskContext.get().isInterrupted()) {
                Thread.sleep(10);
              }
            });
            return ExitCodes.OK;
          } finally {
            Thread.sleep(300); // the command's own cleanup, which the signal must wait for
            unwound.set(true);
          }
        });
      } catch (Exception e) {
        failure.set(e);
      }
    });
    command.start();
    assertTrue(jobStarted.await(30, TimeUnit.SECONDS));
    while (shared.sparkContext().statusTracker().getActiveJobIds().length == 0) {
      Thread.sleep(20);
    }

    current.get().abort(); // what the shutdown hook does on SIGINT or SIGTERM

    assertTrue(aborted.get(), "the command's abort action ran");
    assertTrue(unwound.get(), "the hook returned before the command had unwound");
    command.join(TimeUnit.SECONDS.toMillis(10));
    assertFalse(command.isAlive());
    CancellationException stopped = assertInstanceOf(CancellationException.class, failure.get());
    assertEquals("stopped by a signal (Ctrl-C or kill) before the end", stopped.getMessage());
    assertEquals(1, stopped.getSuppressed().length, "the job's own failure is kept for --verbose");
    assertFalse(shared.sparkContext().isStopped(), "a joined session is not the command's to stop");
  }

  @Test
  void withoutASignalTheWorksFailureIsReportedAsItIs() {
    IllegalArgumentException bad = new IllegalArgumentException("no article with text");
    LocalSpark.session();
    Exception e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> CommandSession.run(new SparkOptions(), "sujets test", session -> {
          throw bad;
        }));
    assertEquals(bad, e);
    assertFalse(LocalSpark.session().sparkContext().isStopped());
  }
}
