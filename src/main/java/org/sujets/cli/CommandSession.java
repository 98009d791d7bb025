package org.sujets.cli;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.util.ShutdownHookManager;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of one command, the same for every command: started from its {@link
 * SparkOptions} (or joined, when this JVM already runs one) with Spark's logging set, aborted on
 * SIGINT/SIGTERM, stopped when the command ends unless it was joined.
 *
 * <p>On a signal the JVM runs its shutdown hooks. Ours runs first, through Hadoop's hook manager,
 * ahead of the hooks that stop Spark and close the file systems (an HDFS client closed first could
 * not delete a staging folder): it runs the command's own abort action, stops Spark (or, in a
 * joined session, cancels its jobs) so that the command's next Spark call fails at once, and waits
 * a few seconds for the command to unwind, so that its own cleanup (a half-written output folder,
 * checkpoints) runs while the file systems are still open.
 */
final class CommandSession {
  /** Above Spark's hooks (FileSystem's priority + 30) and the file systems' own (+ 0). */
  private static final int ABORT_HOOK_PRIORITY = FileSystem.SHUTDOWN_HOOK_PRIORITY + 35;
  /** How long the hook waits for the command to unwind; Hadoop gives a hook 30 s by default. */
  private static final long UNWIND_SECONDS = 10;

  /** What a command does with its session; returns the exit code. */
  interface Work {
    int run(CommandSession session) throws Exception;
  }

  private final SparkSession spark;
  /** Whether the session was running before the command: then it is not this command's to stop. */
  private final boolean joined;
  private final CountDownLatch ended = new CountDownLatch(1);
  private volatile Runnable abortAction = () -> {};
  private volatile boolean signalled;

  private CommandSession(SparkSession spark, boolean joined) {
    this.spark = spark;
    this.joined = joined;
  }

  /**
   * Runs {@code work} in a session for {@code appName}.
   *
   * @throws Exception the work's failure, as {@link SparkOptions#explain} tells it; a signal's is
   *     a {@link CancellationException} saying so, the job's own failure suppressed in it
   */
  static int run(SparkOptions options, String appName, Work work) throws Exception {
    SparkLogging.configure(options.verbose);
    boolean joined = SparkSession.getDefaultSession().isDefined();
    CommandSession session = new CommandSession(options.session(appName), joined);
    ShutdownHookManager hooks = ShutdownHookManager.get();
    Runnable onSignal = session::abort;
    hooks.addShutdownHook(onSignal, ABORT_HOOK_PRIORITY);
    try {
      return work.run(session);
    } catch (Exception e) {
      throw session.signalled ? stoppedBySignal(e) : options.explain(e);
    } finally {
      try {
        hooks.removeShutdownHook(onSignal);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or has run
      }
      session.stopUnlessJoined();
      session.ended.countDown();
    }
  }

  SparkSession spark() {
    return spark;
  }

  /** What a signal must undo besides the Spark jobs, such as the output folder being written. */
  void onSignal(Runnable abort) {
    this.abortAction = abort;
  }

  /** Stops Spark if this command started it (not when embedded in a running application). */
  private void stopUnlessJoined() {
    if (!joined) {
      spark.stop();
    }
  }

  /**
   * The shutdown hook: the command's abort action, then its Spark work, then a bounded wait.
   * Package-private for its test, which stands in for a signal.
   */
  void abort() {
    signalled = true;
    try {
      abortAction.run();
    } finally {
      try {
        spark.sparkContext().cancelAllJobs();
        stopUnlessJoined();
      } catch (RuntimeException | Error ignored) {
        // Spark may already be stopping; the command's cleanup is what matters here.
      }
      try {
        ended.await(UNWIND_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static CancellationException stoppedBySignal(Exception jobFailure) {
    CancellationException stopped = new CancellationException("stopped by a signal (Ctrl-C or kill) before the end");
    stopped.addSuppressed(jobFailure);
    return stopped;
  }
}
