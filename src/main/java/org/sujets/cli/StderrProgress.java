package org.sujets.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.sujets.job.JobProgress;

/** Prints one line per stage, with its duration, and LDA progress every tenth of the run. */
final class StderrProgress implements JobProgress {
  private final PrintWriter err;

  StderrProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void stageStarted(String stage) {}

  @Override
  public void stageFinished(String stage, double seconds, String summary) {
    err.println(String.format(Locale.ROOT, "[sujets] %-10s %6.1f s  %s", stage, seconds, summary));
    err.flush();
  }

  @Override
  public void ldaIteration(int iteration, int total) {
    int step = Math.max(1, total / 10);
    if (iteration % step == 0 || iteration == total || iteration == 1) {
      err.println(String.format(Locale.ROOT, "[sujets] LDA iteration %d/%d", iteration, total));
      err.flush();
    }
  }

  @Override
  public void warning(String message) {
    err.println("[sujets] warning: " + message);
    err.flush();
  }
}
