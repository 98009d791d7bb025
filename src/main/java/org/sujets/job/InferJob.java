package org.sujets.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.sujets.config.InputConfig;
import org.sujets.config.OutputConfig;
import org.sujets.features.FeaturePipeline;
import org.sujets.ingest.Columns;
import org.sujets.ingest.Corpus;
import org.sujets.ingest.CorpusReader;
import org.sujets.model.ModelManifest;
import org.sujets.model.TopicModelBundle;
import org.sujets.topics.ArticleShare;
import org.sujets.report.Keyword;
import org.sujets.report.RunCounts;
import org.sujets.report.RunManifest;
import org.sujets.report.SummaryWriter;
import org.sujets.storage.Folder;
import org.sujets.storage.Locations;
import org.sujets.storage.OutputFolder;
import org.sujets.topics.TopicSummary;
import org.sujets.topics.EmergingTopics;
import org.sujets.topics.FittedTopics;
import org.sujets.topics.TopicAggregates;
import org.sujets.topics.TopicAssignments;
import org.sujets.topics.TopicExtractor;
import org.sujets.topics.TopicModelTrainer;

/**
 * Scores new articles against a saved model without refitting: the model's pipeline analyses
 * them exactly as its run did, and LDA infers each article's topic shares. Writes articles.csv,
 * topics.json (the model's topics, same ids, with their prevalence over the new articles),
 * keywords.json, the topic tables and run.json, in the formats of a run, whole or not at all.
 */
public final class InferJob {
  private final SparkSession spark;
  private final JobProgress progress;

  public InferJob(SparkSession spark, JobProgress progress) {
    this.spark = spark;
    this.progress = progress;
  }

  /**
   * @throws IllegalArgumentException for a missing or incompatible model, or input without
   *     usable text, with a one-line reason
   */
  public RunManifest run(String modelDir, InputConfig input, OutputConfig output) {
    String startedAt = Instant.now().toString();
    Map<String, Double> seconds = new LinkedHashMap<>();
    long start = System.nanoTime();
    progress.stageStarted("model");
    TopicModelBundle bundle = TopicModelBundle.load(folder(modelDir));
    ModelManifest model = bundle.manifest();
    finish("model", start, model.topicOrder().length + " topics, " + model.words().size() + " terms", seconds);

    OutputFolder folder = OutputFolder.prepare(output.dir(), output.overwrite(), spark.sparkContext().hadoopConfiguration());
    List<Dataset<?>> persisted = new ArrayList<>();
    try {
      RunManifest manifest = execute(bundle, modelDir, input, output, folder.files(), startedAt, seconds, persisted);
      folder.commit();
      return manifest;
    } catch (IOException e) {
      folder.abort();
      throw new UncheckedIOException("writing the output failed: " + e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      folder.abort();
      throw e;
    } finally {
      persisted.forEach(Dataset::unpersist);
    }
  }

  private RunManifest execute(TopicModelBundle bundle, String modelDir, InputConfig input, OutputConfig output,
      Folder out, String startedAt, Map<String, Double> seconds, List<Dataset<?>> persisted) throws IOException {
    long start = System.nanoTime();
    progress.stageStarted("reading");
    Corpus corpus = new CorpusReader(spark).read(input);
    Dataset<Row> raw = keep(corpus.articles(), persisted);
    ReadCounts read = ReadCounts.of(raw);
    long records = read.records();
    long files = read.files();
    long empty = read.empty();
    long redecoded = read.redecoded();
    long rejected = corpus.rejected().count();
    finish("reading", start, records + " records from " + files + " file(s), " + empty + " empty, "
        + rejected + " rejected", seconds);
    if (records == empty) {
      throw new IllegalArgumentException("no article with text in " + String.join(", ", input.paths())
          + " (" + records + " records, " + empty + " empty)");
    }

    start = System.nanoTime();
    progress.stageStarted("inference");
    UDF1<Vector, Integer> nonZeros = v -> v.numNonzeros();
    Dataset<Row> transformed =
        keep(bundle.pipeline()
                .transform(raw.filter(trim(col(Columns.TEXT)).notEqual("")))
                .drop(Columns.TEXT, FeaturePipeline.SURFACES, FeaturePipeline.TFIDF_RAW, FeaturePipeline.GAPS)
                .withColumn("terms_kept", udf(nonZeros, DataTypes.IntegerType).apply(col(FeaturePipeline.TF))),
            persisted);
    Row counts =
        transformed.agg(count(lit(1)), sum(size(col(FeaturePipeline.TERMS))),
                sum(when(col("terms_kept").equalTo(0), 1).otherwise(0)))
            .first();
    raw.unpersist();
    long articles = counts.getLong(0);
    long tokens = counts.isNullAt(1) ? 0 : counts.getLong(1);
    long withoutTerms = counts.isNullAt(2) ? 0 : counts.getLong(2);
    finish("inference", start, articles + " articles, " + (articles - withoutTerms) + " with vocabulary terms", seconds);
    if (articles == withoutTerms) {
      throw new IllegalArgumentException("none of the " + articles + " articles contains a term of the model's"
          + " vocabulary: is the input French news like the articles the model was fitted on?");
    }

    start = System.nanoTime();
    progress.stageStarted("writing");
    String[] readable = bundle.manifest().readable();
    int k = bundle.lda().getK();
    double[] prevalence = TopicAssignments.prevalence(
        transformed.filter(col("terms_kept").gt(0)), TopicModelTrainer.TOPIC_DISTRIBUTION);
    FittedTopics fitted = TopicExtractor.extractInOrder(
        bundle.lda(), readable, prevalence, output.topWords(), bundle.manifest().topicOrder());
    // A projection of the cached inference result: cheap, so it is not cached itself.
    Dataset<Row> assigned =
        TopicAssignments.withShares(transformed, TopicModelTrainer.TOPIC_DISTRIBUTION, fitted.order());
    List<List<ArticleShare>> representatives = TopicAssignments.representatives(assigned, k, output.topArticles());
    boolean[] emerging = EmergingTopics.flag(TopicAggregates.byMonth(assigned, k), k);
    List<TopicSummary> topics = new ArrayList<>();
    for (int rank = 0; rank < k; rank++) {
      topics.add(new TopicSummary(rank + 1, bundle.manifest().labels().get(rank), fitted.prevalence()[rank],
          fitted.words().get(rank), representatives.get(rank), null, List.of(), emerging[rank]));
    }
    SummaryWriter writer = new SummaryWriter();
    List<Keyword> keywords = TopicJob.corpusKeywords(assigned, readable, output.corpusKeywords());
    writer.writeTopics(out, topics, fitted.distances());
    writer.writeKeywords(out, keywords);
    TopicJob.writeArticlesCsv(assigned, readable, k, output.articleKeywords(), out);
    List<String> tables = TopicTables.write(assigned, k, out);
    finish("writing", start, k + " topics" + (tables.isEmpty() ? "" : ", " + String.join(", ", tables)), seconds);

    RunCounts runCounts = new RunCounts(files, records, rejected, empty, redecoded, articles, tokens, readable.length);
    RunManifest manifest = new RunManifest("sujets", Versions.sujets(), startedAt, input.paths(), runCounts,
        parameters(bundle, modelDir, input, output), Versions.all(spark), bundle.lda().getSeed(), seconds, List.of());
    writer.writeManifest(out, manifest); // last: on object stores, the mark of a complete run
    return manifest;
  }

  private Map<String, Object> parameters(TopicModelBundle bundle, String modelDir, InputConfig input, OutputConfig output) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("command", "infer");
    p.put("model", Locations.of(modelDir).toString());
    p.put("modelFormatVersion", bundle.manifest().formatVersion());
    p.put("modelSujetsVersion", bundle.manifest().sujetsVersion());
    p.put("format", input.format().name().toLowerCase(java.util.Locale.ROOT));
    p.put("columns", input.columns().asMap());
    p.put("analyzer", bundle.manifest().analyzer());
    p.put("topics", bundle.lda().getK());
    p.put("vocabSize", bundle.manifest().words().size());
    p.put("topWords", output.topWords());
    p.put("topArticles", output.topArticles());
    p.put("articleKeywords", output.articleKeywords());
    p.put("corpusKeywords", output.corpusKeywords());
    p.put("sparkMaster", spark.sparkContext().master());
    return p;
  }

  private Folder folder(String location) {
    try {
      return Folder.at(location, spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the model " + location + ": " + e.getMessage(), e);
    }
  }

  private void finish(String stage, long startNanos, String summary, Map<String, Double> seconds) {
    double s = Math.round((System.nanoTime() - startNanos) / 1e7) / 100.0;
    seconds.put(stage, s);
    progress.stageFinished(stage, s, summary);
  }

  private static Dataset<Row> keep(Dataset<Row> dataset, List<Dataset<?>> persisted) {
    persisted.add(dataset);
    return dataset.persist(StorageLevel.MEMORY_AND_DISK());
  }
}
