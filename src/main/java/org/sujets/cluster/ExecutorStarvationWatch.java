package org.sujets.cluster;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerApplicationEnd;
import org.apache.spark.scheduler.SparkListenerExecutorAdded;
import org.apache.spark.scheduler.SparkListenerJobStart;

/**
 * Stops an application that got no executor within a time-out. On a cluster whose
 * workers are all smaller than spark.executor.memory or spark.executor.cores, Spark waits for
 * ever, only warning "Initial job has not accepted any resources" every 15 s (TaskSchedulerImpl's
 * starvation timer). The clock starts when the executors are requested: at start-up, or with
 * dynamic allocation at the first job. Where the master tells what its workers have (standalone,
 * local-cluster), a request larger than every live worker fails at the first look, as there is
 * nothing to wait for; the time-out covers the rest (a busy cluster, YARN, Kubernetes).
 */
public final class ExecutorStarvationWatch extends SparkListener {
  private final SparkContext sc;
  private final Duration timeout;
  private final ExecutorRequest asked;
  private long clockStartNanos;
  /** How often the executors and the master's status are looked at. */
  private static final Duration LOOK_EVERY = Duration.ofSeconds(2);

  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "sujets-executor-watch");
    t.setDaemon(true);
    return t;
  });
  private final AtomicBoolean started = new AtomicBoolean();
  private volatile boolean executorSeen;
  private volatile ClusterUnavailableException failure;

  private ExecutorStarvationWatch(SparkContext sc, Duration timeout) {
    this.sc = sc;
    this.timeout = timeout;
    this.asked = ExecutorRequest.of(sc.getConf());
  }

  /** Watches a cluster application; local masters (local, local[N]) have no executors to wait for. */
  public static Optional<ExecutorStarvationWatch> watch(SparkContext sc, Duration timeout) {
    if (sc.isLocal() || timeout.isZero()) {
      return Optional.empty();
    }
    ExecutorStarvationWatch watch = new ExecutorStarvationWatch(sc, timeout);
    sc.addSparkListener(watch);
    if (!sc.getConf().getBoolean("spark.dynamicAllocation.enabled", false)) {
      watch.startClock();
    }
    return Optional.of(watch);
  }

  /** Set once it gave up on executors; the SparkContext was stopped then. */
  public Optional<ClusterUnavailableException> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public void onJobStart(SparkListenerJobStart jobStart) {
    startClock();
  }

  @Override
  public void onExecutorAdded(SparkListenerExecutorAdded added) {
    executorSeen = true;
  }

  private void startClock() {
    if (started.compareAndSet(false, true)) {
      clockStartNanos = System.nanoTime();
      timer.scheduleWithFixedDelay(this::check, LOOK_EVERY.toMillis(), LOOK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public void onApplicationEnd(SparkListenerApplicationEnd end) {
    // Not shutdownNow: the timer thread may be the one stopping Spark, and must not be interrupted.
    timer.shutdown();
  }

  private void check() {
    if (executorSeen || hasExecutors() || sc.isStopped()) {
      timer.shutdown();
      return;
    }
    Optional<ClusterCapacity> has = MasterStatus.read(sc.master(), sc.getConf());
    boolean never = has.isPresent() && has.get().neverFits(asked);
    if (never || System.nanoTime() - clockStartNanos >= timeout.toNanos()) {
      failure = new ClusterUnavailableException(never ? tooLarge(sc.master(), asked, has.get())
          : message(sc.master(), timeout, asked, has));
      timer.shutdown();
      // Stopped, not only its jobs cancelled: the driver may be between jobs, and its next one
      // would wait again. The command reports this failure instead of the stopped context's.
      sc.stop();
    }
  }

  /** The status tracker lists the driver too: more than one entry is an executor. */
  private boolean hasExecutors() {
    return sc.statusTracker().getExecutorInfos().length > 1;
  }

  /** The error line when no live worker is large enough: what was asked, what the workers are. */
  static String tooLarge(String master, ExecutorRequest asked, ClusterCapacity has) {
    return "no worker of " + master + " can start an executor: each asks for " + asked.describe()
        + ", and the master has " + has.describeSize() + "; lower --conf spark.executor.memory or"
        + " spark.executor.cores to fit a worker, or add larger workers";
  }

  /** The error line after the time-out: what was asked, what the cluster has free (when known), what to change. */
  static String message(String master, Duration timeout, ExecutorRequest asked, Optional<ClusterCapacity> has) {
    String cause = "no executor started on " + master + " within " + timeout.toSeconds() + " s: each asks for "
        + asked.describe();
    String waitLonger = "--executor-wait SECONDS waits longer";
    if (has.isEmpty()) {
      return cause + "; check the cluster has that much free (its web UI), lower --conf spark.executor.memory"
          + " or spark.executor.cores, or " + waitLonger;
    }
    if (has.get().fitsNow(asked)) {
      return cause + ", which a worker has free (" + has.get().describeFree() + "), so executors may be failing"
          + " to start; see the workers' logs (work/<app-id>/<executor-id>/stderr), or " + waitLonger;
    }
    return cause + ", and the master has " + has.get().describeFree() + " (other applications hold the rest);"
        + " wait for them, lower --conf spark.executor.memory or spark.executor.cores, or " + waitLonger;
  }
}
