package org.sujets.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.format_string;
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
import java.util.Optional;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.IDFModel;
import org.apache.spark.ml.feature.Normalizer;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.sujets.config.CleanupConfig;
import org.sujets.config.JobConfig;
import org.sujets.config.LdaConfig;
import org.sujets.config.LdaOptimizer;
import org.sujets.config.RecordMode;
import org.sujets.config.VocabularyConfig;
import org.sujets.features.BoilerplateModel;
import org.sujets.features.BoilerplateRemover;
import org.sujets.features.FeaturePipeline;
import org.sujets.features.PhraseDetector;
import org.sujets.features.PhraseModel;
import org.sujets.features.FrenchNewsTokenizer;
import org.sujets.features.KeywordFormatter;
import org.sujets.features.Keywords;
import org.sujets.features.SurfaceForms;
import org.sujets.ingest.Columns;
import org.sujets.ingest.Corpus;
import org.sujets.ingest.CorpusReader;
import org.sujets.ingest.DuplicateIds;
import org.sujets.topics.ArticleShare;
import org.sujets.report.Keyword;
import org.sujets.report.ReportData;
import org.sujets.report.ReportWriter;
import org.sujets.report.RunCounts;
import org.sujets.report.RunManifest;
import org.sujets.report.SummaryWriter;
import org.sujets.topics.TopicShareSeries;
import org.sujets.topics.TopicSummary;
import org.sujets.topics.WeightedWord;
import org.sujets.model.TopicModelBundle;
import org.sujets.storage.Folder;
import org.sujets.storage.OutputFolder;
import org.sujets.storage.SingleCsv;
import org.sujets.topics.EmergingTopics;
import org.sujets.topics.FittedTopics;
import org.sujets.topics.QualityFigures;
import org.sujets.topics.TopicDistributions;
import org.sujets.topics.VectorMean;
import org.sujets.topics.SectionAgreement;
import org.sujets.topics.SeedStability;
import org.sujets.topics.TopicQuality;
import org.sujets.topics.TopicAggregates;
import org.sujets.topics.TopicAssignments;
import org.sujets.topics.TopicExtractor;
import org.sujets.topics.WordDistributions;
import org.sujets.topics.TopicModelTrainer;

/**
 * One run: read articles, analyse them, build the vocabulary and TF-IDF, fit LDA, write the
 * outputs. Per-article data stays in Spark and is written by Spark; only bounded summaries (k
 * topics, the vocabulary, top keywords) reach the driver.
 */
public final class TopicJob {
  private static final int REJECTED_LISTED = 20;
  /** Corpora up to this size get an article × topic heatmap; larger ones a histogram. */
  private static final int HEATMAP_ARTICLES = 80;
  /** Sources or sections shown in the charts. */
  private static final int GROUPS_SHOWN = 25;
  /**
   * Logs each stage's start at INFO (the progress lines on stderr mark stage ends). Quiet by
   * default: Sujets keeps logging at WARN unless --verbose; the cluster test sets this logger to
   * INFO to kill an executor while a given stage runs.
   */
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TopicJob.class);

  private final SparkSession spark;
  private final JobProgress progress;
  private final Map<String, Double> stageSeconds = new LinkedHashMap<>();
  /** Column of the boilerplate lines removed from each article, dropped after counting. */
  private static final String BOILERPLATE = "boilerplate_removed";
  /** Most frequent removed lines listed in run.json. */
  private static final int BOILERPLATE_LISTED = 20;
  private long learnedBoilerplate;
  private Map<String, Object> boilerplateSummary;
  private int phraseCount;
  /** The learned phrases' unit terms, for phrases.json; null when phrases are off. */
  private String[] phraseTerms;
  /** The output of the run in progress, for {@link #abort()}. */
  private volatile OutputFolder current;

  public TopicJob(SparkSession spark, JobProgress progress) {
    this.spark = spark;
    this.progress = progress;
  }

  /**
   * Runs the whole job. The output folder appears complete or not at all.
   *
   * @throws IllegalArgumentException for bad input or settings, with a one-line reason
   */
  public RunManifest run(JobConfig config) {
    String startedAt = Instant.now().toString();
    OutputFolder output = OutputFolder.prepare(config.output().dir(), config.output().overwrite(),
        spark.sparkContext().hadoopConfiguration());
    current = output;
    List<Dataset<?>> persisted = new ArrayList<>();
    ExecutorUsageListener executors = new ExecutorUsageListener();
    spark.sparkContext().addSparkListener(executors);
    boolean committed = false;
    CheckpointDir checkpoints = CheckpointDir.open(spark.sparkContext(), config.output().checkpointDir(), output.files());
    try {
      RunManifest manifest = execute(config, output.files(), startedAt, persisted, executors);
      checkpoints.close();
      output.commit();
      committed = true;
      return manifest;
    } catch (IOException e) {
      throw new UncheckedIOException("writing the output failed: " + e.getMessage(), e);
    } finally {
      spark.sparkContext().removeSparkListener(executors);
      // Also for Spark's checked SparkException, which Scala code throws undeclared.
      if (!committed) {
        checkpoints.close();
        output.abort();
      }
      persisted.forEach(Dataset::unpersist);
    }
  }

  /**
   * Stops the run in progress from another thread (a shutdown hook on SIGINT/SIGTERM): cancels
   * its Spark jobs and deletes its temporary output, leaving the previous output as it was. A run
   * that has already committed is left alone.
   */
  public void abort() {
    OutputFolder output = current;
    if (output == null) {
      return;
    }
    try {
      spark.sparkContext().cancelAllJobs();
    } catch (RuntimeException | Error ignored) {
      // Spark may already be stopping; the output is what matters here.
    }
    // A task may still be writing into the folder while it is deleted: try again briefly.
    for (int attempt = 1; ; attempt++) {
      try {
        output.abort();
        return;
      } catch (UncheckedIOException e) {
        if (attempt == 5) {
          throw e;
        }
        try {
          Thread.sleep(200);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private RunManifest execute(JobConfig config, Folder out, String startedAt, List<Dataset<?>> persisted,
      ExecutorUsageListener executors) throws IOException {
    // --- reading
    Stage stage = start("reading");
    // One read of the input: articles and rejected records are cached together, then split.
    Dataset<Row> input = new CorpusReader(spark).read(config.input()).records();
    Corpus corpus = Corpus.of(keep(Partitioning.spread(input, spark.sparkContext().defaultParallelism(),
        Partitioning.textBytes(input)), persisted));
    Dataset<Row> raw = corpus.articles();
    ReadCounts read = ReadCounts.of(raw);
    long records = read.records();
    long files = read.files();
    long empty = read.empty();
    long redecoded = read.redecoded();
    BadRecords bad = BadRecords.inspect(corpus, config.input().mode(), REJECTED_LISTED, progress);
    List<Map<String, String>> rejectedSample = bad.examples();
    long rejected = bad.count();
    DuplicateIds.Found duplicates = DuplicateIds.find(raw, 5);
    if (duplicates.extra() > 0) {
      String message = duplicates.extra() + " article(s) repeat an earlier id, e.g. " + duplicates.examples();
      if (config.input().mode() == RecordMode.STRICT) {
        throw new IllegalArgumentException(message + ": ids must be unique (--mode strict); fix the"
            + " input, name another id column with --id-col, or use --mode permissive to rename them id#2...");
      }
      progress.warning(message + "; renamed id#2, id#3... (--mode strict makes this fatal)");
      raw = keep(DuplicateIds.disambiguate(raw), persisted);
    }
    long withText = records - empty;
    stage.done(records + " records from " + files + " file(s), " + empty + " empty, " + rejected + " rejected");
    if (withText == 0) {
      throw new IllegalArgumentException(
          "no article with text in " + String.join(", ", config.input().paths())
              + " (" + records + " records, " + empty + " empty)");
    }
    if (config.lda().topics() != null && config.lda().topics() > withText) {
      config.lda().resolve(withText); // throws with the explanation
    }

    // --- boilerplate: learning the lines to remove (removing them is part of the analysis)
    CleanupConfig cleanup = config.cleanup();
    Dataset<Row> texts = raw.filter(trim(col(Columns.TEXT)).notEqual(""));
    // The fitted text stages, in order, saved with the model so that inference analyses alike.
    List<Transformer> analysisStages = new ArrayList<>();
    if (cleanup.boilerplate()) {
      stage = start("boilerplate");
      BoilerplateModel boilerplate =
          new BoilerplateRemover().setInputCol(Columns.TEXT).setSourceCol(Columns.SOURCE)
              .setMinArticles(cleanup.boilerplateMinArticles()).setMinShare(cleanup.boilerplateMinShare())
              .fit(texts);
      texts = boilerplate.setRemovedCol(BOILERPLATE).transform(texts);
      learnedBoilerplate = boilerplate.getLearnedLines().length;
      analysisStages.add(boilerplate);
      stage.done(learnedBoilerplate + " lines learned");
    }

    // --- analysis: boilerplate removal and the Lucene analyzer, one pass, cached
    stage = start("analysis");
    FrenchNewsTokenizer tokenizer = FeaturePipeline.tokenizer(config.analysis());
    if (cleanup.phrases()) {
      tokenizer.setGapsCol(FeaturePipeline.GAPS);
    }
    Dataset<Row> tokenized = keep(tokenizer.transform(texts).drop(Columns.TEXT), persisted);
    analysisStages.add(tokenizer);
    // The first action on it runs the analysis; it also adds up the boilerplate removed (from index 3).
    Row tokenCounts =
        tokenCounts(tokenized, cleanup.boilerplate() ? BoilerplateSummary.totals(BOILERPLATE) : new Column[0]);
    if (cleanup.boilerplate()) {
      boilerplateSummary = BoilerplateSummary.of(tokenized, BOILERPLATE, BOILERPLATE_LISTED, learnedBoilerplate, tokenCounts, 3);
    }
    raw.unpersist(); // the renamed copy, when ids were repeated
    corpus.records().unpersist();
    // Joining phrases never empties an article, so this count holds after the phrases stage too.
    long noWords = tokenCounts.isNullAt(2) ? 0 : tokenCounts.getLong(2);
    stage.done(tokenCounts.getLong(0) + " articles, " + (tokenCounts.isNullAt(1) ? 0 : tokenCounts.getLong(1)) + " tokens"
        + (noWords > 0 ? ", " + noWords + " with no word left" : ""));

    // --- phrases: learning and joining them (reads the cached analysis; no second tokenization)
    Dataset<Row> analyzed = tokenized.drop(BOILERPLATE, FeaturePipeline.GAPS);
    if (cleanup.phrases()) {
      stage = start("phrases");
      PhraseModel phrases = new PhraseDetector().setMinCount(cleanup.phraseMinCount())
          .setThreshold(cleanup.phraseThreshold()).fit(tokenized);
      analyzed = keep(phrases.transform(tokenized).drop(BOILERPLATE, FeaturePipeline.GAPS), persisted);
      tokenCounts = tokenCounts(analyzed); // materializes the joined tokens
      tokenized.unpersist();
      phraseTerms = phrases.getPhrases();
      phraseCount = phraseTerms.length;
      analysisStages.add(phrases);
      stage.done(phraseCount + " phrases learned, " + (tokenCounts.isNullAt(1) ? 0 : tokenCounts.getLong(1)) + " tokens after joining");
    }
    long articles = tokenCounts.getLong(0);
    long tokens = tokenCounts.isNullAt(1) ? 0 : tokenCounts.getLong(1);
    if (tokens == 0) {
      throw new IllegalArgumentException(
          "no French word left after analysis in " + articles + " articles: is the input French text?");
    }

    // --- near-duplicates (wire copy): LDA is fitted on one article per cluster
    DuplicateClusters duplicateClusters = null;
    if (cleanup.dedup().enabled()) {
      stage = start("duplicates");
      duplicateClusters = DuplicateClusters.find(analyzed, cleanup.dedup());
      persisted.add(duplicateClusters.members());
      duplicateClusters.writeCsv(analyzed, out);
      stage.done(duplicateClusters.clusters() + " clusters of near-duplicates, " + duplicateClusters.inClusters()
          + " articles in them, " + duplicateClusters.leftOut() + " left out of the LDA fit");
    }

    // --- vocabulary
    stage = start("vocabulary");
    VocabularyConfig vocabulary = config.vocabulary().resolve(articles - noWords);
    CountVectorizerModel counts =
        FeaturePipeline.fitVocabulary(analyzed, vocabulary);
    String[] vocab = counts.vocabulary();
    if (vocab.length == 0) {
      throw new IllegalArgumentException(
          "the vocabulary is empty: no term occurs in at least --min-df " + vocabulary.minDf()
              + " and at most --max-df " + vocabulary.maxDf() + " articles");
    }
    String[] readable =
        SurfaceForms.forVocabulary(
            SurfaceForms.mostFrequent(analyzed, FeaturePipeline.TERMS, FeaturePipeline.SURFACES), vocab);
    stage.done(vocab.length + " terms");

    // --- TF-IDF
    stage = start("TF-IDF");
    Dataset<Row> tf = counts.transform(analyzed.drop(FeaturePipeline.SURFACES));
    IDFModel idf = new IDF().setInputCol(FeaturePipeline.TF).setOutputCol(FeaturePipeline.TFIDF_RAW).fit(tf);
    Normalizer normalizer =
        new Normalizer().setInputCol(FeaturePipeline.TFIDF_RAW).setOutputCol(FeaturePipeline.TFIDF).setP(2.0);
    UDF1<Vector, Integer> nonZeros = v -> v.numNonzeros();
    Dataset<Row> features =
        keep(
            normalizer
                .transform(idf.transform(tf))
                .drop(FeaturePipeline.TERMS, FeaturePipeline.TFIDF_RAW)
                .withColumn("terms_kept", udf(nonZeros, DataTypes.IntegerType).apply(col(FeaturePipeline.TF))),
            persisted);
    Row featureCounts =
        features.agg(count(lit(1)), sum(when(col("terms_kept").equalTo(0), 1).otherwise(0))).first();
    long withoutTerms = featureCounts.isNullAt(1) ? 0 : featureCounts.getLong(1);
    analyzed.unpersist();
    tokenized.unpersist();
    long modelledCount = featureCounts.getLong(0) - withoutTerms;
    stage.done(modelledCount + " articles with vocabulary terms" + (withoutTerms > 0 ? ", " + withoutTerms + " without" : ""));
    if (modelledCount < 2) {
      throw new IllegalArgumentException(
          "only " + modelledCount + " article(s) contain vocabulary terms: LDA needs at least 2; "
              + "add articles or lower --min-df");
    }

    // --- LDA
    Dataset<Row> modelled = features.filter(col("terms_kept").gt(0));
    long fitCount = modelledCount;
    if (duplicateClusters != null && duplicateClusters.leftOut() > 0) {
      modelled = keep(duplicateClusters.onePerCluster(modelled), persisted);
      fitCount = modelled.count();
    }
    LdaConfig lda = config.lda().resolve(fitCount);
    // --- tune (--topics auto): sweep k on the articles the LDA fits, then fit the recommended k
    TuneResult sweep = null;
    if (config.topicSweep().asked()) {
      stage = start("tune");
      sweep = new TopicTuner(spark, progress).sweep(modelled, readable, config.lda(), config.topicSweep(),
          config.quality().stability(), config.quality().relevanceLambda());
      new TuneWriter().write(sweep, out); // into the staging folder: committed with the run or not at all
      lda = TopicTuner.withTopics(config.lda(), sweep.recommended(), config.lda().seed()).resolve(fitCount);
      stage.done(TuneWriter.choice(sweep));
    }
    stage = start("LDA");
    LdaProgressListener listener = new LdaProgressListener(progress, lda.iterations());
    spark.sparkContext().addSparkListener(listener);
    LDAModel model;
    try {
      model = new TopicModelTrainer(lda).fit(modelled, FeaturePipeline.TF);
    } finally {
      spark.sparkContext().removeSparkListener(listener);
    }
    stage.done("k=" + lda.topics() + ", " + lda.iterations() + " iterations, " + lda.optimizer().sparkName());

    // --- writing
    stage = start("writing");
    Dataset<Row> transformed = keep(TopicDistributions.transform(model, features), persisted);
    double[] prevalence =
        TopicAssignments.prevalence(transformed.filter(col("terms_kept").gt(0)), TopicModelTrainer.TOPIC_DISTRIBUTION);
    FittedTopics fitted = TopicExtractor.extract(model, readable, prevalence, config.output().topWords());
    // A projection of the cached inference result: cheap, so it is not cached itself.
    Dataset<Row> assigned =
        TopicAssignments.withShares(transformed, TopicModelTrainer.TOPIC_DISTRIBUTION, fitted.order());

    List<List<ArticleShare>> representatives =
        TopicAssignments.representatives(assigned, fitted.k(), config.output().topArticles());
    long qualityStart = System.nanoTime();
    TopicQuality quality =
        TopicQuality.measure(model, modelled, FeaturePipeline.TF, fitted.order(),
            config.quality().relevanceLambda(), config.output().topWords());
    Map<String, Object> qualityFigures = QualityFigures.of(quality, config.quality().relevanceLambda());
    if (config.quality().stability()) {
      qualityFigures.put("stability", stability(config, lda, modelled, quality));
    }
    Optional<SectionAgreement.Result> sections =
        SectionAgreement.measure(assigned, TopicAssignments.DOMINANT, Columns.SECTION);
    sections.ifPresent(agreement -> qualityFigures.putAll(agreement.figures()));
    long qualityNanos = System.nanoTime() - qualityStart;
    stageSeconds.put("quality", Math.round(qualityNanos / 1e7) / 100.0);
    stage.exclude(qualityNanos); // reported on its own line, so that the stage times add up
    List<TopicShareSeries> months = TopicAggregates.byMonth(assigned, fitted.k());
    boolean[] emerging = EmergingTopics.flag(months, fitted.k());
    List<TopicSummary> topics = new ArrayList<>();
    for (int rank = 0; rank < fitted.k(); rank++) {
      List<WeightedWord> relevant = QualityFigures.words(quality, rank, readable);
      topics.add(new TopicSummary(rank + 1, FittedTopics.label(relevant), fitted.prevalence()[rank],
          fitted.words().get(rank), representatives.get(rank), quality.coherence()[rank], relevant,
          emerging[rank]));
    }
    SummaryWriter writer = new SummaryWriter();
    List<Keyword> keywords = corpusKeywords(assigned, readable, config.output().corpusKeywords());
    writer.writeTopics(out, topics, fitted.distances(),
        Map.of("coherence", quality.meanCoherence(), "diversity", quality.diversity()));
    writer.writeKeywords(out, keywords);
    if (phraseTerms != null) {
      writer.writePhrases(out, LearnedPhrases.of(phraseTerms, vocab, readable, idf.docFreq()));
    }
    writeArticlesCsv(assigned, readable, fitted.k(), config.output().articleKeywords(), out);
    TopicTables.write(assigned, fitted.k(), out);
    TopicModelBundle.of(analysisStages, counts, idf, normalizer, model, fitted.order(),
        topics.stream().map(TopicSummary::label).toList(), readable, Versions.sujets()).save(out.child("model"));

    RunCounts runCounts = new RunCounts(files, records, rejected, empty, redecoded, articles, tokens, vocab.length,
        duplicates.extra());
    Map<String, Object> parameters = parameters(config, vocabulary, lda, model);
    parameters.put("topicsChosenBy", sweep != null ? "tune" : config.lda().topics() != null ? "given" : "size rule");
    if (sweep != null) {
      parameters.put("topicSweep", TuneWriter.summary(sweep));
    }
    if (boilerplateSummary != null) {
      parameters.put("boilerplateRemoved", boilerplateSummary);
    }
    if (config.cleanup().phrases()) {
      parameters.put("phrasesLearned", phraseCount);
    }
    parameters.put("spellingVariants", SpellingVariantReport.of(modelled, FeaturePipeline.TF, readable));
    if (duplicateClusters != null) {
      Map<String, Object> nearDuplicates = duplicateClusters.summary();
      nearDuplicates.put("articlesFitted", fitCount);
      parameters.put("duplicates", nearDuplicates);
    }
    stage.done(topics.size() + " topics" + sections.map(agreement -> ", " + agreement.summary()).orElse(""));
    long reportStart = System.nanoTime();
    RunManifest manifest =
        new RunManifest("sujets", Versions.sujets(), startedAt, config.input().paths(), runCounts,
            parameters, Versions.all(spark), lda.seed(), new LinkedHashMap<>(stageSeconds), rejectedSample,
            qualityFigures, executors.summary());
    new ReportWriter().write(reportData(config, manifest, topics, keywords, fitted, assigned, months), out);
    stageSeconds.put("report", Math.round((System.nanoTime() - reportStart) / 1e7) / 100.0);
    writer.writeManifest(out, manifest); // last: on object stores, the mark of a complete run
    return manifest;
  }

  /** Fits again with seed + 1 and matches the topics to the first fit's (see {@link SeedStability}). */
  private Map<String, Object> stability(JobConfig config, LdaConfig lda, Dataset<Row> modelled, TopicQuality quality) {
    LdaConfig other = new LdaConfig(lda.topics(), lda.iterations(), lda.optimizer(), lda.seed() + 1,
        lda.docConcentration(), lda.topicConcentration(), lda.subsamplingRate(), lda.learningOffset(),
        lda.learningDecay(), lda.start());
    LDAModel second = new TopicModelTrainer(other).fit(modelled, FeaturePipeline.TF);
    SeedStability.Match match =
        SeedStability.match(quality.distributions(), WordDistributions.of(second));
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("seeds", List.of(lda.seed(), lda.seed() + 1));
    figures.put("meanSimilarity", match.mean());
    figures.put("similarity", match.similarity());
    return figures;
  }

  /** What the charts, notebook and HTML report show; every part bounded by k or a cap. */
  private static ReportData reportData(JobConfig config, RunManifest manifest, List<TopicSummary> topics,
      List<Keyword> keywords, FittedTopics fitted, Dataset<Row> assigned, List<TopicShareSeries> months) {
    int k = fitted.k();
    return new ReportData(
        "Sujets · " + String.join(", ", config.input().paths().stream().map(TopicJob::lastName).toList()),
        manifest.counts(),
        manifest.parameters(),
        topics,
        keywords,
        fitted.distances(),
        TopicAggregates.dominantCounts(assigned, k),
        TopicAggregates.smallCorpusMatrix(assigned, manifest.counts().articles(), HEATMAP_ARTICLES),
        months,
        TopicAggregates.byColumn(assigned, Columns.SOURCE, k, GROUPS_SHOWN),
        TopicAggregates.byColumn(assigned, Columns.SECTION, k, GROUPS_SHOWN));
  }

  /**
   * Mean of the articles' L2-normalised TF-IDF vectors, top {@code n}. Aggregated by Spark in
   * partition order ({@link VectorMean}: the same bits in every run); the driver receives one
   * vector of vocabulary size per partition.
   */
  static List<Keyword> corpusKeywords(Dataset<Row> features, String[] readable, int n) {
    Vector mean = org.apache.spark.ml.linalg.Vectors.dense(VectorMean.of(features, FeaturePipeline.TFIDF));
    List<Keyword> keywords = new ArrayList<>();
    for (Keywords.Entry e : Keywords.top(mean, n)) {
      keywords.add(new Keyword(readable[e.index()], e.weight()));
    }
    return keywords;
  }

  /** articles.csv, one row per article, written by Spark as a single file. Shared with {@link InferJob}. */
  static void writeArticlesCsv(Dataset<Row> assigned, String[] readable, int k, int keywordsPerArticle, Folder out)
      throws IOException {
    Broadcast<String[]> words = assigned.sparkSession().sparkContext().broadcast(readable, scala.reflect.ClassTag$.MODULE$.apply(String[].class));
    List<Column> columns = new ArrayList<>();
    for (String name : List.of(Columns.ID, Columns.TITLE, Columns.DATE, Columns.SOURCE, Columns.SECTION)) {
      columns.add(CsvSafety.neutralised(col(name)).as(name));
    }
    columns.add(col(TopicAssignments.DOMINANT));
    columns.add(fixed4(col(TopicAssignments.DOMINANT_SHARE)).as(TopicAssignments.DOMINANT_SHARE));
    for (int rank = 0; rank < k; rank++) {
      columns.add(fixed4(col(TopicAssignments.SHARES).getItem(rank)).as("topic_" + (rank + 1)));
    }
    columns.add(
        udf(new KeywordFormatter(words, keywordsPerArticle), DataTypes.StringType)
            .apply(col(FeaturePipeline.TFIDF))
            .as("keywords"));
    SingleCsv.write(assigned.orderBy(col(Columns.ID)).select(columns.toArray(new Column[0])), out, "articles.csv");
    words.destroy();
  }

  /** The last name of an input path or URI ("news" for "hdfs://nn/archive/news/"), for titles. */
  private static String lastName(String given) {
    String trimmed = given.replaceAll("/+$", "");
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }

  /** A share as "0.0007", never "7.0E-4": spreadsheets and people read it the same way. */
  private static Column fixed4(Column share) {
    return format_string("%.4f", share);
  }

  private Map<String, Object> parameters(JobConfig config, VocabularyConfig vocabulary, LdaConfig lda, LDAModel model) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("format", config.input().format().name().toLowerCase(java.util.Locale.ROOT));
    p.put("columns", config.input().columns().asMap());
    p.put("stemmer", config.analysis().stemmer().name().toLowerCase(java.util.Locale.ROOT));
    p.put("extraStopWords", config.analysis().extraStopWords().size());
    p.put("minTokenLength", config.analysis().minTokenLength());
    p.put("vocabSize", vocabulary.vocabSize());
    p.put("minDf", vocabulary.minDf());
    p.put("maxDf", vocabulary.maxDf());
    p.put("topics", lda.topics());
    p.put("iterations", lda.iterations());
    p.put("optimizer", lda.optimizer().sparkName());
    p.put("seed", lda.seed());
    p.put("subsamplingRate", lda.subsamplingRate());
    p.put("learningOffset", lda.learningOffset());
    p.put("learningDecay", lda.learningDecay());
    p.put("ldaStart", lda.start() == null ? null : lda.start().cliName());
    // As learned by online LDA (or set), one value per model topic; plain numbers for JSON/HTML.
    p.put("docConcentration", java.util.Arrays.stream(model.estimatedDocConcentration().toArray())
        .map(v -> Math.round(v * 1e6) / 1e6).boxed().toList());
    p.put("topicConcentration", model.getEffectiveTopicConcentration());
    p.put("topWords", config.output().topWords());
    p.put("topArticles", config.output().topArticles());
    p.put("articleKeywords", config.output().articleKeywords());
    p.put("corpusKeywords", config.output().corpusKeywords());
    p.put("sparkMaster", model.sparkSession().sparkContext().master());
    p.put("boilerplate", config.cleanup().boilerplate());
    p.put("boilerplateMinArticles", config.cleanup().boilerplateMinArticles());
    p.put("boilerplateMinShare", config.cleanup().boilerplateMinShare());
    p.put("phrases", config.cleanup().phrases());
    p.put("phraseMinCount", config.cleanup().phraseMinCount());
    p.put("phraseThreshold", config.cleanup().phraseThreshold());
    p.put("dedup", config.cleanup().dedup().enabled());
    return p;
  }

  /** Articles, tokens and articles with no token (indices 0 to 2), then {@code more} aggregates, in one pass. */
  private static Row tokenCounts(Dataset<Row> analyzed, Column... more) {
    List<Column> aggregates = new ArrayList<>(List.of(sum(size(col(FeaturePipeline.TERMS))),
        sum(when(size(col(FeaturePipeline.TERMS)).equalTo(0), 1).otherwise(0))));
    aggregates.addAll(List.of(more));
    return analyzed.agg(count(lit(1)), aggregates.toArray(new Column[0])).first();
  }

  private static Dataset<Row> keep(Dataset<Row> dataset, List<Dataset<?>> persisted) {
    persisted.add(dataset);
    return dataset.persist(StorageLevel.MEMORY_AND_DISK());
  }

  private Stage start(String name) {
    LOG.info("stage {} started", name);
    progress.stageStarted(name);
    return new Stage(name, System.nanoTime());
  }

  /** A running stage; {@link #done} records and reports its wall time. */
  private final class Stage {
    private final String name;
    private final long startNanos;
    private long excludedNanos;

    Stage(String name, long startNanos) {
      this.name = name;
      this.startNanos = startNanos;
    }

    /** Takes a nested step's time, recorded under its own name, out of this stage's. */
    void exclude(long nanos) {
      excludedNanos += nanos;
    }

    void done(String summary) {
      double seconds = Math.round((System.nanoTime() - startNanos - excludedNanos) / 1e7) / 100.0;
      stageSeconds.merge(name, seconds, Double::sum);
      progress.stageFinished(name, seconds, summary);
    }
  }
}
