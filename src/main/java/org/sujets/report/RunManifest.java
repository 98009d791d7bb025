package org.sujets.report;

import java.util.List;
import java.util.Map;

/**
 * The contents of run.json: what was read, every parameter actually used, versions and timings.
 *
 * @param tool always "sujets" (marks a folder as a Sujets run that a later run may replace)
 * @param version Sujets version
 * @param startedAt ISO-8601 start time (UTC)
 * @param input the input paths as given
 * @param counts what was read and kept
 * @param parameters every parameter actually used, auto values resolved ({@link RunParameters},
 *     {@link InferParameters})
 * @param versions Sujets, Spark, Scala, Lucene and Java versions
 * @param seed the random seed
 * @param stageSeconds wall time of each stage, in run order
 * @param rejected the first rejected records (origin, reason), at most 20
 * @param quality topic quality figures (coherence, diversity, relevanceLambda, stability when
 *     measured); empty when not measured
 * @param executors where the Spark tasks ran (tasks per executor, executors lost); null when
 *     not recorded
 */
public record RunManifest<P extends ManifestParameters>(
    String tool,
    String version,
    String startedAt,
    List<String> input,
    RunCounts counts,
    P parameters,
    Map<String, String> versions,
    long seed,
    Map<String, Double> stageSeconds,
    List<Map<String, String>> rejected,
    Map<String, Object> quality,
    ExecutorUsage executors) {

  /** A manifest without quality figures. */
  public RunManifest(String tool, String version, String startedAt, List<String> input, RunCounts counts,
      P parameters, Map<String, String> versions, long seed, Map<String, Double> stageSeconds,
      List<Map<String, String>> rejected) {
    this(tool, version, startedAt, input, counts, parameters, versions, seed, stageSeconds, rejected, Map.of(), null);
  }
}
