package org.sujets.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.octet_length;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.sujets.features.TextColumns;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.sujets.bench.LuceneBaseline;
import org.sujets.features.BoilerplateModel;
import org.sujets.features.BoilerplateRemover;
import org.sujets.features.FrenchNewsTokenizer;
import org.sujets.ingest.Columns;

/**
 * bench/analysis.sh: the job's analysis stage taken apart in one warm JVM (local[2]), each step
 * timed as the best of several rounds after a warm-up round, next to raw Lucene on the same texts
 * in the same JVM. Where bench/run.sh measures the stage once, cold, inside the whole job, this
 * shows what each step adds and what the stage costs once the JIT has done its work. A bench
 * tool, not a test; it collects the texts to the driver for the Lucene baselines.
 *
 * <p>Steps: {@code scan} reads the cached articles; {@code boilerplate} adds the boilerplate
 * removal; {@code analysis} the tokenizer with gaps (not cached); {@code analysis+cache} caches
 * its output; {@code stage} is the job's stage: removal, tokenizer, cache, the token and
 * boilerplate counts and the boilerplate summary; {@code lucene-french} (Lucene's own
 * FrenchAnalyzer), {@code lucene-analyze} and {@code lucene-stage} are {@link LuceneBaseline}'s
 * modes on 2 threads. Prints one JSON line per step on stdout.
 *
 * <p>usage: AnalysisStageProbe JSONL_GLOB[,JSONL_GLOB...] ROUNDS
 */
public final class AnalysisStageProbe {
  private static final List<String> STEPS =
      List.of("scan", "boilerplate", "analysis", "analysis+cache", "stage", "lucene-french", "lucene-analyze", "lucene-stage");
  private static final String REMOVED = "boilerplate_removed";

  private AnalysisStageProbe() {}

  public static void main(String[] args) throws InterruptedException {
    int rounds = Integer.parseInt(args[1]);
    SparkSession spark = SparkSession.builder().master("local[2]").appName("sujets analysis probe")
        .config("spark.ui.enabled", "false").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    Dataset<Row> read = spark.read().schema("id string, text string, source string")
        .json(args[0].split(",")).withColumn(Columns.ORIGIN, input_file_name());
    // As the job's reading stage leaves them: spread, sorted and cached.
    Dataset<Row> articles = Partitioning.spread(read, 2, Partitioning.textBytes(read))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Row size = articles.agg(count(lit(1)), sum(octet_length(col(Columns.TEXT)))).first();
    long n = size.getLong(0);
    double mb = size.getLong(1) / 1e6;
    List<String> texts = articles.select(Columns.TEXT).as(Encoders.STRING()).collectAsList();
    BoilerplateModel boilerplate = new BoilerplateRemover().setInputCol(Columns.TEXT)
        .setSourceCol(Columns.SOURCE).fit(articles).setRemovedCol(REMOVED);

    Map<String, Double> best = new TreeMap<>();
    for (int round = 0; round <= rounds; round++) { // round 0 warms the JIT
      for (String step : STEPS) {
        long start = System.nanoTime();
        run(step, articles, boilerplate, texts);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (round > 0) {
          best.merge(step, seconds, Math::min);
        }
      }
    }
    for (String step : STEPS) {
      double seconds = best.get(step);
      System.out.printf(Locale.ROOT,
          "{\"step\":\"%s\",\"articles\":%d,\"mb\":%.1f,\"bestSeconds\":%.3f,\"mbPerSecond\":%.2f,\"rounds\":%d}%n",
          step, n, mb, seconds, mb / seconds, rounds);
    }
    spark.stop();
  }

  private static void run(String step, Dataset<Row> articles, BoilerplateModel boilerplate, List<String> texts)
      throws InterruptedException {
    FrenchNewsTokenizer tokenizer = new FrenchNewsTokenizer().setInputCol(Columns.TEXT)
        .setOutputCol(TextColumns.TERMS).setSurfaceCol(TextColumns.SURFACES).setGapsCol(TextColumns.GAPS);
    Column tokens = size(col(TextColumns.TERMS));
    switch (step) {
      case "scan" -> articles.agg(sum(length(col(Columns.TEXT)))).first();
      case "boilerplate" -> boilerplate.transform(articles).agg(sum(length(col(Columns.TEXT)))).first();
      case "analysis" -> tokenizer.transform(boilerplate.transform(articles)).agg(sum(tokens)).first();
      case "analysis+cache" -> {
        Dataset<Row> cached = tokenizer.transform(boilerplate.transform(articles)).drop(Columns.TEXT)
            .persist(StorageLevel.MEMORY_AND_DISK());
        cached.agg(sum(tokens)).first();
        cached.unpersist(true);
      }
      case "stage" -> { // as TopicJob runs it
        Dataset<Row> cached = tokenizer.transform(boilerplate.transform(articles)).drop(Columns.TEXT)
            .persist(StorageLevel.MEMORY_AND_DISK());
        Column[] removed = BoilerplateSummary.totals(REMOVED);
        Row counts = cached.agg(count(lit(1)), sum(tokens), sum(when(tokens.equalTo(0), 1).otherwise(0)),
            removed[0], removed[1]).first();
        BoilerplateSummary.of(cached, REMOVED, 20, boilerplate.getLearnedLines().length, counts, 3);
        cached.unpersist(true);
      }
      case "lucene-french" -> LuceneBaseline.run(texts, 2, "french", texts.size());
      case "lucene-analyze" -> LuceneBaseline.run(texts, 2, "analyze", texts.size());
      case "lucene-stage" -> LuceneBaseline.run(texts, 2, "stage", texts.size());
      default -> throw new IllegalArgumentException("unknown step " + step);
    }
  }
}
