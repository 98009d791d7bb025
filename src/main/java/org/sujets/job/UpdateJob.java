package org.sujets.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.spark.sql.SparkSession;
import org.sujets.config.AnalysisConfig;
import org.sujets.config.CleanupConfig;
import org.sujets.config.InputConfig;
import org.sujets.config.JobConfig;
import org.sujets.config.OutputConfig;
import org.sujets.config.QualityConfig;
import org.sujets.model.TopicModelBundle;
import org.sujets.report.RunManifest;
import org.sujets.report.UpdateParameters;
import org.sujets.storage.Folder;
import org.sujets.storage.Locations;

/**
 * {@code sujets update}: continues a model saved by a run (or an earlier update) on new articles
 * and writes a run's outputs for them, the continued model included (see {@link ModelContinuation}
 * for what is kept and what is fitted again). The model read is left as it is.
 */
public final class UpdateJob {
  private final SparkSession spark;
  private final TopicJob job;

  public UpdateJob(SparkSession spark, JobProgress progress) {
    this.spark = spark;
    this.job = new TopicJob(spark, progress);
  }

  /**
   * @param iterations LDA iterations of the update, or null for the run's size rule on the new articles
   * @throws IllegalArgumentException for a missing, incompatible or EM model, or input without
   *     usable text, with a one-line reason; nothing is written then
   */
  public RunManifest<UpdateParameters> run(String modelDir, InputConfig input, OutputConfig output,
      Integer iterations) {
    TopicModelBundle bundle = TopicModelBundle.load(folder(modelDir));
    ModelContinuation from = ModelContinuation.of(bundle, Locations.of(modelDir).toString());
    // The analysis, vocabulary and LDA settings are the model's; quality as a run measures it by default,
    // without the second fit of --stability (a continued model has no seed of its own to vary).
    JobConfig config = new JobConfig(input, AnalysisConfig.defaults(), from.vocabulary(), from.lda(iterations),
        output, new QualityConfig(QualityConfig.defaults().relevanceLambda(), false), CleanupConfig.defaults());
    return job.update(config, from);
  }

  /** Stops the update in progress (SIGINT/SIGTERM), as {@link TopicJob#abort()} does. */
  public void abort() {
    job.abort();
  }

  private Folder folder(String location) {
    try {
      return Folder.at(location, spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the model " + location + ": " + e.getMessage(), e);
    }
  }
}
