package org.sujets.job;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorAdded;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.sujets.report.ExecutorUsage;

/**
 * Counts task attempts per executor and records executors added or lost while the job runs, so
 * run.json shows which workers did the work. Spark calls it from its listener bus thread; {@link
 * #summary} may be called from any thread. Events still queued on the bus when {@link #summary}
 * runs are not counted.
 */
final class ExecutorUsageListener extends SparkListener {
  private final Map<String, Long> tasks = new TreeMap<>();
  private final List<String> added = new ArrayList<>();
  private final List<Map<String, String>> removed = new ArrayList<>();
  private long failed;

  @Override
  public synchronized void onTaskEnd(SparkListenerTaskEnd taskEnd) {
    tasks.merge(taskEnd.taskInfo().executorId(), 1L, Long::sum);
    if (taskEnd.taskInfo().failed() || taskEnd.taskInfo().killed()) {
      failed++;
    }
  }

  @Override
  public synchronized void onExecutorAdded(SparkListenerExecutorAdded event) {
    added.add(event.executorId());
  }

  @Override
  public synchronized void onExecutorRemoved(SparkListenerExecutorRemoved event) {
    Map<String, String> loss = new LinkedHashMap<>();
    loss.put("id", event.executorId());
    loss.put("reason", String.valueOf(event.reason()));
    removed.add(loss);
  }

  synchronized ExecutorUsage summary() {
    return new ExecutorUsage(new TreeMap<>(tasks), failed, List.copyOf(added), List.copyOf(removed));
  }
}
