package org.sujets.topics;

import org.apache.spark.scheduler.SparkListenerEvent;

/**
 * Posted on Spark's listener bus after each online LDA step run on the driver (see {@code
 * OnlineLda.run}): no Spark job marks those steps, so progress listeners learn of them this way.
 *
 * @param iteration the step just done, from 1
 */
public record LdaDriverStep(int iteration) implements SparkListenerEvent {
  /** Not written to event logs: a step of a fit that took no Spark job. */
  @Override
  public boolean logEvent() {
    return false;
  }
}
