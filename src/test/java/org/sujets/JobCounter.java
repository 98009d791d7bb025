package org.sujets;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;

/**
 * Counts the Spark jobs started under one job group: a measure of driver-side overhead (planning,
 * scheduling, task launch) that does not depend on how loaded the machine is. Jobs started by
 * other threads of the shared test session are not counted; adaptive query execution's stage
 * jobs inherit the group from the thread that started the query.
 */
public final class JobCounter extends SparkListener {
  private final String group;
  private final AtomicInteger jobs = new AtomicInteger();

  private JobCounter(String group) {
    this.group = group;
  }

  /** Runs {@code action} in a job group of its own and returns how many Spark jobs it started. */
  public static <E extends Exception> int count(SparkContext sc, String group, ThrowingRunnable<E> action) throws E {
    JobCounter counter = new JobCounter(group);
    sc.addSparkListener(counter);
    sc.setJobGroup(group, "counted by JobCounter", false);
    try {
      action.run();
    } finally {
      sc.clearJobGroup();
      // Listener events are delivered asynchronously: let them all arrive before reading.
      try {
        sc.listenerBus().waitUntilEmpty();
      } catch (java.util.concurrent.TimeoutException e) {
        throw new IllegalStateException("Spark listener bus did not drain", e);
      }
      sc.removeSparkListener(counter);
    }
    return counter.jobs.get();
  }

  @Override
  public void onJobStart(SparkListenerJobStart start) {
    if (group.equals(start.properties().getProperty("spark.jobGroup.id"))) {
      jobs.incrementAndGet();
    }
  }

  /** A Runnable that may throw a checked exception. */
  public interface ThrowingRunnable<E extends Exception> {
    void run() throws E;
  }
}
