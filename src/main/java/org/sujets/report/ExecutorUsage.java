package org.sujets.report;

import java.util.List;
import java.util.Map;

/**
 * Where the run's Spark tasks ran, in run.json: enough to see that a cluster run used every
 * worker and whether it lost an executor. Bounded by the number of executors, not the corpus.
 *
 * @param tasksByExecutor finished task attempts per executor id ("driver" in local mode),
 *     successful or not
 * @param failedTasks task attempts that ended in failure (including those re-run elsewhere)
 * @param executorsAdded executor ids registered after the run started, in order (executors already
 *     running when it started are not listed; they show in tasksByExecutor)
 * @param executorsRemoved executors lost or stopped during the run: {"id", "reason"}
 */
public record ExecutorUsage(
    Map<String, Long> tasksByExecutor,
    long failedTasks,
    List<String> executorsAdded,
    List<Map<String, String>> executorsRemoved) {}
