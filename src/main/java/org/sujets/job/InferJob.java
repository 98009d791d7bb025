package org.sujets.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import org.sujets.features.TextColumns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.sujets.config.InputConfig;
import org.sujets.config.OutputConfig;
import org.sujets.config.QualityConfig;
import org.sujets.ingest.Columns;
import org.sujets.ingest.Corpus;
import org.sujets.ingest.CorpusReader;
import org.sujets.model.ModelManifest;
import org.sujets.model.TopicModelBundle;
import org.sujets.topics.ArticleShare;
import org.sujets.report.RunCounts;
import org.sujets.report.InferParameters;
import org.sujets.report.RunManifest;
import org.sujets.report.SummaryWriter;
import org.sujets.storage.Folder;
import org.sujets.storage.Locations;
import org.sujets.storage.OutputFolder;
import org.sujets.topics.TopicSummary;
import org.sujets.topics.EmergingTopics;
import org.sujets.topics.FittedTopics;
import org.sujets.topics.TopicAssignments;
import org.sujets.topics.TopicExtractor;
import org.sujets.topics.TopicLabels;
import org.sujets.topics.TopicModelTrainer;
import org.sujets.topics.TopicQuality;
import org.sujets.topics.QualityFigures;

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

  /** What one inference carries from step to step. */
  private record Inference(TopicModelBundle bundle, String modelDir, InputConfig input, OutputConfig output,
      Folder out, String startedAt, StageClock clock, Persisted persisted) {}

  /** The articles as the model's pipeline analysed them, and what run.json counts. */
  private record Scored(Dataset<Row> transformed, ReadCounts read, long rejected, long articles, long tokens) {}

  /**
   * @throws IllegalArgumentException for a missing or incompatible model, or input without
   *     usable text, with a one-line reason
   */
  public RunManifest<InferParameters> run(String modelDir, InputConfig input, OutputConfig output) {
    String startedAt = Instant.now().toString();
    StageClock clock = new StageClock(progress);
    StageClock.Stage stage = clock.start("model");
    TopicModelBundle bundle = TopicModelBundle.load(folder(modelDir));
    ModelManifest model = bundle.manifest();
    stage.done(model.topicOrder().length + " topics, " + model.words().size() + " terms");

    OutputFolder folder = OutputFolder.prepare(output.dir(), output.overwrite(), spark.sparkContext().hadoopConfiguration());
    try (Persisted persisted = new Persisted()) {
      Inference inference = new Inference(bundle, modelDir, input, output, folder.files(), startedAt, clock, persisted);
      RunManifest<InferParameters> manifest = write(inference, score(inference));
      folder.commit();
      return manifest;
    } catch (IOException e) {
      folder.abort();
      throw new UncheckedIOException("writing the output failed: " + e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      folder.abort();
      throw e;
    }
  }

  /** Reading, then the model's whole pipeline (analysis to LDA) on the articles with text. */
  private Scored score(Inference inference) {
    StageClock.Stage stage = inference.clock().start("reading");
    Corpus corpus = new CorpusReader(spark).read(inference.input());
    Dataset<Row> raw = inference.persisted().keep(corpus.articles());
    ReadCounts read = ReadCounts.of(raw);
    long rejected = corpus.rejected().count();
    stage.done(read.records() + " records from " + read.files() + " file(s), " + read.empty() + " empty, "
        + rejected + " rejected");
    if (read.records() == read.empty()) {
      throw new IllegalArgumentException("no article with text in " + String.join(", ", inference.input().paths())
          + " (" + read.records() + " records, " + read.empty() + " empty)");
    }

    stage = inference.clock().start("inference");
    UDF1<Vector, Integer> nonZeros = v -> v.numNonzeros();
    Dataset<Row> transformed = inference.persisted().keep(inference.bundle().pipeline()
        .transform(raw.filter(trim(col(Columns.TEXT)).notEqual("")))
        .drop(Columns.TEXT, TextColumns.SURFACES, TextColumns.TFIDF_RAW, TextColumns.GAPS)
        .withColumn(PreparedText.TERMS_KEPT, udf(nonZeros, DataTypes.IntegerType).apply(col(TextColumns.TF))));
    Row counts = transformed.agg(count(lit(1)), sum(size(col(TextColumns.TERMS))),
        sum(when(col(PreparedText.TERMS_KEPT).equalTo(0), 1).otherwise(0))).first();
    raw.unpersist();
    long articles = counts.getLong(0);
    long withoutTerms = counts.isNullAt(2) ? 0 : counts.getLong(2);
    stage.done(articles + " articles, " + (articles - withoutTerms) + " with vocabulary terms");
    if (articles == withoutTerms) {
      throw new IllegalArgumentException("none of the " + articles + " articles contains a term of the model's"
          + " vocabulary: is the input French news like the articles the model was fitted on?");
    }
    return new Scored(transformed, read, rejected, articles, counts.isNullAt(1) ? 0 : counts.getLong(1));
  }

  /** Writing: the model's topics over the new articles, articles.csv, the tables, run.json last. */
  private RunManifest<InferParameters> write(Inference inference, Scored scored) throws IOException {
    StageClock.Stage stage = inference.clock().start("writing");
    TopicModelBundle bundle = inference.bundle();
    OutputConfig output = inference.output();
    Folder out = inference.out();
    String[] readable = bundle.manifest().readable();
    int k = bundle.lda().getK();
    Dataset<Row> modelled = scored.transformed().filter(col(PreparedText.TERMS_KEPT).gt(0));
    double[] prevalence = TopicAssignments.prevalence(modelled, TopicModelTrainer.TOPIC_DISTRIBUTION);
    FittedTopics fitted = TopicExtractor.extractInOrder(
        bundle.lda(), readable, prevalence, output.topWords(), bundle.manifest().topicOrder());
    // The words ranked as the run ranked them (p(w) is the model's own); coherence over the new articles.
    TopicQuality quality = TopicQuality.measure(bundle.lda(), modelled, TextColumns.TF, fitted.order(),
        QualityConfig.DEFAULT_RELEVANCE_LAMBDA, output.topWords());
    // A projection of the cached inference result: cheap, so it is not cached itself.
    Dataset<Row> assigned =
        TopicAssignments.withShares(scored.transformed(), TopicModelTrainer.TOPIC_DISTRIBUTION, fitted.order());
    List<List<ArticleShare>> representatives = TopicAssignments.representatives(assigned, k, output.topArticles());
    ShareTables shares = ShareTables.of(assigned, k, inference.persisted());
    boolean[] emerging = EmergingTopics.flag(shares.months(), k);
    TopicLabels labels = bundle.manifest().topicLabels(); // the model's, given names included
    List<TopicSummary> topics = new ArrayList<>();
    for (int rank = 0; rank < k; rank++) {
      topics.add(new TopicSummary(rank + 1, labels.label(rank + 1), labels.source(rank + 1), fitted.prevalence()[rank],
          QualityFigures.words(quality, rank, readable), representatives.get(rank), quality.coherence()[rank],
          fitted.words().get(rank), emerging[rank]));
    }
    SummaryWriter writer = new SummaryWriter();
    writer.writeTopics(out, topics, fitted.distances());
    writer.writeKeywords(out, CorpusKeywords.top(assigned, bundle.counts().vocabulary(), readable,
        bundle.tokenizer().analyzerSpec(), output.corpusKeywords()));
    ArticlesCsv.write(assigned, readable, k, output.articleKeywords(), out);
    List<String> tables = TopicTables.write(shares, out);
    stage.done(k + " topics" + (tables.isEmpty() ? "" : ", " + String.join(", ", tables)));

    ReadCounts read = scored.read();
    RunCounts runCounts = new RunCounts(read.files(), read.records(), scored.rejected(), read.empty(),
        read.redecoded(), scored.articles(), scored.tokens(), readable.length);
    RunManifest<InferParameters> manifest = new RunManifest<>("sujets", Versions.sujets(), inference.startedAt(), inference.input().paths(),
        runCounts, parameters(bundle, inference.modelDir(), inference.input(), output), Versions.all(spark),
        bundle.lda().getSeed(), inference.clock().seconds(), List.of());
    writer.writeManifest(out, manifest); // last: on object stores, the mark of a complete run
    return manifest;
  }

  private InferParameters parameters(TopicModelBundle bundle, String modelDir, InputConfig input, OutputConfig output) {
    return new InferParameters("infer", Locations.of(modelDir).toString(), bundle.manifest().formatVersion(),
        bundle.manifest().sujetsVersion(), ParametersUsed.input(input), bundle.manifest().analyzer(),
        bundle.lda().getK(), bundle.manifest().words().size(), ParametersUsed.summaries(output),
        spark.sparkContext().master());
  }

  private Folder folder(String location) {
    try {
      return Folder.at(location, spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the model " + location + ": " + e.getMessage(), e);
    }
  }
}
