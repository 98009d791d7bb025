package org.sujets.model;

import java.util.List;

/**
 * One step in the making of a model, as model.json's {@code lineage} lists them: the run that
 * fitted it, then each {@code sujets update} that continued it on new articles.
 *
 * @param modelVersion 1 for the run's model, one more for each update
 * @param command "run" or "update"
 * @param inputs the input paths or URIs given to that command
 * @param articles articles LDA fitted in that step (after near-duplicates were set aside)
 * @param date when the step started (ISO-8601, UTC)
 * @param sujetsVersion the Sujets version that ran the step
 */
public record LineageEntry(int modelVersion, String command, List<String> inputs, long articles, String date,
    String sujetsVersion) {
  public LineageEntry {
    inputs = List.copyOf(inputs);
  }
}
