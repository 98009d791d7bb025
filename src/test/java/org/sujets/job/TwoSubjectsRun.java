package org.sujets.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.sujets.LocalSpark;
import org.sujets.config.AnalysisConfig;
import org.sujets.config.CleanupConfig;
import org.sujets.config.ColumnMapping;
import org.sujets.config.InputConfig;
import org.sujets.config.InputFormat;
import org.sujets.config.JobConfig;
import org.sujets.config.LdaConfig;
import org.sujets.config.LdaOptimizer;
import org.sujets.config.OutputConfig;
import org.sujets.config.QualityConfig;
import org.sujets.config.VocabularyConfig;

/**
 * One run on {@code two-subjects/train.jsonl} (12 auto and 12 politique articles of 2019), fitted
 * once per test JVM for the search tests: 2 topics, phrases seen in 3 articles learned (so that
 * "nicolas sarkozy" and "assemblée nationale" are single terms).
 */
public final class TwoSubjectsRun {
  private static Path output;

  private TwoSubjectsRun() {}

  /** The run's output folder; its model is in {@code model/}. */
  public static synchronized Path output() {
    if (output == null) {
      try {
        Path dir = Files.createTempDirectory("sujets-two-subjects");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        Path run = dir.resolve("run");
        CleanupConfig cleanup = new CleanupConfig(true, 5, 0.01, true, 3, 0.5);
        // --min-df 2, as InferJobTest: with 1 the two topics split on words of single articles.
        new TopicJob(LocalSpark.session(), JobProgress.silent()).run(new JobConfig(
            new InputConfig(List.of(train().toString()), InputFormat.AUTO, ColumnMapping.defaults()),
            AnalysisConfig.defaults(), new VocabularyConfig(null, 2.0, null),
            new LdaConfig(2, null, LdaOptimizer.ONLINE, 42L, null, null, null, null, null, null),
            OutputConfig.defaults(run.toString(), false), QualityConfig.defaults(), cleanup));
        output = run;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return output;
  }

  public static Path train() {
    try {
      return Path.of(TwoSubjectsRun.class.getResource("/two-subjects/train.jsonl").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder left behind
    }
  }
}
