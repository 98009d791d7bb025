package org.sujets.job;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;

/**
 * Turns Spark jobs into LDA iteration progress. Spark's LDA has no iteration callback, but each
 * iteration runs one job whose stages are named after their call site in {@code LDAOptimizer.scala}.
 */
final class LdaProgressListener extends SparkListener {
  private final JobProgress progress;
  private final int total;
  private final AtomicInteger seen = new AtomicInteger();

  LdaProgressListener(JobProgress progress, int total) {
    this.progress = progress;
    this.total = total;
  }

  @Override
  public void onJobStart(SparkListenerJobStart jobStart) {
    boolean fromOptimizer = false;
    var stages = jobStart.stageInfos().iterator();
    while (stages.hasNext()) {
      fromOptimizer |= stages.next().name().contains("LDAOptimizer");
    }
    if (fromOptimizer) {
      int iteration = seen.incrementAndGet();
      if (iteration <= total) {
        progress.ldaIteration(iteration, total);
      }
    }
  }
}
