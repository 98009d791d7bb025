package org.sujets.job;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times the stages of a command: logs each start, reports each end with its summary line, and
 * keeps the seconds of every stage for run.json.
 */
final class StageClock {
  /**
   * Logs each stage's start at INFO (the progress lines on stderr mark stage ends). Quiet by
   * default: Sujets keeps logging at WARN unless --verbose; the cluster test sets this logger to
   * INFO to kill an executor while a given stage runs.
   */
  private static final Logger LOG = LoggerFactory.getLogger(StageClock.class);

  private final JobProgress progress;
  private final Map<String, Double> seconds = new LinkedHashMap<>();

  StageClock(JobProgress progress) {
    this.progress = progress;
  }

  JobProgress progress() {
    return progress;
  }

  Stage start(String name) {
    LOG.info("stage {} started", name);
    progress.stageStarted(name);
    return new Stage(name, System.nanoTime());
  }

  /** Records a step timed by the caller, without a progress line. */
  void record(String name, long nanos) {
    seconds.merge(name, round(nanos), Double::sum);
  }

  /** The seconds of each stage so far, in the order they ran. */
  Map<String, Double> seconds() {
    return new LinkedHashMap<>(seconds);
  }

  private static double round(long nanos) {
    return Math.round(nanos / 1e7) / 100.0;
  }

  /** A running stage; {@link #done} records and reports its wall time. */
  final class Stage {
    private final String name;
    private final long startNanos;
    private long excludedNanos;

    private Stage(String name, long startNanos) {
      this.name = name;
      this.startNanos = startNanos;
    }

    /** Takes a nested step's time, recorded under its own name, out of this stage's. */
    void exclude(long nanos) {
      excludedNanos += nanos;
    }

    void done(String summary) {
      double s = round(System.nanoTime() - startNanos - excludedNanos);
      seconds.merge(name, s, Double::sum);
      progress.stageFinished(name, s, summary);
    }
  }
}
