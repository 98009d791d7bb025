package org.sujets.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.util.Locale;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.sujets.features.FrenchNewsTokenizer;

/**
 * Baseline (b) of bench/run.sh: Spark's built-in {@code RegexTokenizer} (split on non-letters,
 * lowercase) + {@code StopWordsRemover} (Spark's French list), against our {@link
 * FrenchNewsTokenizer}, both in the same local[N] session over the same persisted texts, timed the
 * way the job times its analysis stage (transform, persist, one aggregate). Prints one JSON line
 * per pipeline on stdout.
 *
 * <p>usage: SparkAnalysisBaselines CORPUS_DIR MASTER (e.g. local[2])
 */
public final class SparkAnalysisBaselines {
  private SparkAnalysisBaselines() {}

  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().master(args[1]).appName("sujets bench baselines")
        .config("spark.ui.enabled", "false").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    Dataset<Row> texts = spark.read().schema("text string").json(args[0] + "/part-*.jsonl.gz")
        .persist(StorageLevel.MEMORY_AND_DISK());
    Row sizes = texts.agg(count(lit(1)), sum(org.apache.spark.sql.functions.octet_length(col("text")))).first();
    long articles = sizes.getLong(0);
    long bytes = sizes.getLong(1);

    RegexTokenizer regex = new RegexTokenizer().setInputCol("text").setOutputCol("tokens")
        .setPattern("[^\\p{L}]+").setGaps(true).setToLowercase(true).setMinTokenLength(2);
    StopWordsRemover stop = new StopWordsRemover().setInputCol("tokens").setOutputCol("terms")
        .setStopWords(StopWordsRemover.loadDefaultStopWords("french")).setLocale("fr");
    FrenchNewsTokenizer ours = new FrenchNewsTokenizer().setInputCol("text").setOutputCol("terms");

    for (int round = 0; round < 2; round++) { // round 0 warms the JIT and codegen, round 1 is timed
      time(round, "spark-regex-stopwords", articles, bytes,
          () -> stop.transform(regex.transform(texts)).select("terms"));
      time(round, "spark-frenchnewstokenizer", articles, bytes, () -> ours.transform(texts).select("terms", "surfaces"));
    }
    spark.stop();
  }

  private static void time(int round, String name, long articles, long bytes,
      java.util.function.Supplier<Dataset<Row>> pipeline) {
    long start = System.nanoTime();
    Dataset<Row> out = pipeline.get().persist(StorageLevel.MEMORY_AND_DISK());
    long tokens = out.agg(sum(size(col("terms")))).first().getLong(0);
    double seconds = (System.nanoTime() - start) / 1e9;
    out.unpersist(true);
    if (round > 0) {
      System.out.printf(Locale.ROOT,
          "{\"baseline\":\"%s\",\"articles\":%d,\"bytes\":%d,\"tokens\":%d,\"seconds\":%.3f,"
              + "\"articlesPerSecond\":%.1f,\"mbPerSecond\":%.2f}%n",
          name, articles, bytes, tokens, seconds, articles / seconds, bytes / 1e6 / seconds);
    }
  }
}
