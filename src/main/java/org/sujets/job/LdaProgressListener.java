package org.sujets.job;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerEvent;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.sujets.topics.LdaDriverStep;

/**
 * Turns Spark jobs into LDA iteration progress. Spark's LDA has no iteration callback, but each
 * iteration runs one job whose stages are named after their call site: {@code LDAOptimizer.scala}
 * for Spark's own loops (EM, and online with a random start), where a sampled online mini-batch
 * is first checked by an {@code isEmpty} job from the same file, which is not an iteration
 * (counting it showed "iteration 100/100" halfway through a million-article fit), nor is the
 * corpus's {@code count} when the optimizer starts; {@code OnlineLda.java} for ours (one job per
 * iteration, named so by OnlineLda.step). A small corpus's steps run on the driver without a job
 * and post an {@link LdaDriverStep} each instead.
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
    boolean iteration = false;
    var stages = jobStart.stageInfos().iterator();
    while (stages.hasNext()) {
      iteration |= isIteration(stages.next().name());
    }
    if (iteration) {
      iterationDone();
    }
  }

  /** A step run on the driver, which no job marks (a small corpus: see LdaDriverStep). */
  @Override
  public void onOtherEvent(SparkListenerEvent event) {
    if (event instanceof LdaDriverStep) {
      iterationDone();
    }
  }

  private void iterationDone() {
    int done = seen.incrementAndGet();
    if (done <= total) {
      progress.ldaIteration(done, total);
    }
  }

  /** True for a stage of an LDA iteration's job. */
  static boolean isIteration(String stageName) {
    return (stageName.contains(" at LDAOptimizer") && !stageName.startsWith("isEmpty ")
            && !stageName.startsWith("count "))
        || stageName.contains(" at OnlineLda.java");
  }
}
