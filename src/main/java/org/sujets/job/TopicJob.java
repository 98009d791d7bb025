package org.sujets.job;


import org.sujets.features.TextColumns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sujets.config.JobConfig;
import org.sujets.config.LdaConfig;
import org.sujets.config.LdaOptimizer;
import org.sujets.model.LineageEntry;
import org.sujets.model.ModelManifest;
import org.sujets.model.TopicModelBundle;
import java.util.function.Supplier;
import org.sujets.report.Keyword;
import org.sujets.report.ManifestParameters;
import org.sujets.report.ReportData;
import org.sujets.report.ReportWriter;
import org.sujets.report.RunCounts;
import org.sujets.report.RunManifest;
import org.sujets.report.RunParameters;
import org.sujets.report.SummaryWriter;
import org.sujets.report.UpdateParameters;
import org.sujets.storage.Folder;
import org.sujets.storage.OutputFolder;
import org.sujets.topics.MergedRefit;
import org.sujets.topics.MergedTopics;
import org.sujets.topics.ContinuedOnlineLda;
import org.sujets.topics.TopicAggregates;
import org.sujets.topics.TopicModelTrainer;
import org.sujets.topics.TopicPeriodWords;
import org.sujets.topics.RelevanceWords;
import org.sujets.topics.TopicQuality;
import org.sujets.topics.TopicShareSeries;

/**
 * One run, as a sequence of named steps: reading ({@link ReadArticles}), {@link #prepare} (the text pipeline of
 * {@link TextPipeline#declare}), {@link #chooseTopics} (only for {@code --topics auto}),
 * {@link #fitTopics}, {@link #write}. Per-article data stays in Spark and is written by Spark;
 * only bounded summaries (k topics, the vocabulary, top keywords) reach the driver.
 */
public final class TopicJob {
  /** Corpora up to this size get an article × topic heatmap; larger ones a histogram. */
  private static final int HEATMAP_ARTICLES = 80;
  /** Sources or sections shown in the charts. */
  private static final int GROUPS_SHOWN = 25;
  /** Words the HTML page's bar chart shows for a topic at one relevance λ. */
  private static final int PAGE_WORDS = 20;

  private final SparkSession spark;
  private final JobProgress progress;
  /** The output of the run in progress, for {@link #abort()}. */
  private volatile OutputFolder current;

  public TopicJob(SparkSession spark, JobProgress progress) {
    this.spark = spark;
    this.progress = progress;
  }

  /** What one run carries from step to step. */
  private record Run(JobConfig config, Folder out, String startedAt, StageClock clock, Persisted persisted,
      ExecutorUsageListener executors) {}

  /**
   * The LDA settings of the fit, the sweep that chose k when {@code --topics auto}, and the guided
   * topics matched to the vocabulary.
   */
  private record TopicChoice(LdaConfig lda, TuneResult sweep, GuidedTopics guided) {}

  /**
   * Runs the whole job. The output folder appears complete or not at all.
   *
   * @throws IllegalArgumentException for bad input or settings, with a one-line reason
   */
  public RunManifest<RunParameters> run(JobConfig config) {
    return inOutput(config, this::execute);
  }

  /**
   * Continues a saved model on new articles ({@link UpdateJob}): read, the saved analysis with a
   * grown vocabulary, LDA continued, then the same outputs as a run, the new model included.
   */
  RunManifest<UpdateParameters> update(JobConfig config, ModelContinuation from) {
    return inOutput(config, run -> continueModel(run, from));
  }

  /** The steps of one command, writing into a run's output folder. */
  private interface Steps<P extends ManifestParameters> {
    RunManifest<P> execute(Run run) throws IOException;
  }

  /** Runs {@code steps} into the configured output folder, committed whole or not at all. */
  private <P extends ManifestParameters> RunManifest<P> inOutput(JobConfig config, Steps<P> steps) {
    String startedAt = Instant.now().toString();
    OutputFolder output = OutputFolder.prepare(config.output().dir(), config.output().overwrite(),
        spark.sparkContext().hadoopConfiguration());
    current = output;
    ExecutorUsageListener executors = new ExecutorUsageListener();
    spark.sparkContext().addSparkListener(executors);
    boolean committed = false;
    CheckpointDir checkpoints = CheckpointDir.open(spark.sparkContext(), config.output().checkpointDir(), output.files());
    try (Persisted persisted = new Persisted()) {
      RunManifest<P> manifest =
          steps.execute(new Run(config, output.files(), startedAt, new StageClock(progress), persisted, executors));
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

  private RunManifest<RunParameters> execute(Run run) throws IOException {
    ReadArticles input = ReadArticles.read(spark, run.config().input(), run.config().lda(), run.clock(), run.persisted());
    PreparedText text = prepare(run, input);
    Dataset<Row> fitInput = text.fitInput(run.persisted());
    long fitCount = text.fitCount(fitInput);
    // Before any fit: a guided topic without a seed word in the vocabulary is a usage error.
    GuidedTopics guided = GuidedTopics.resolve(run.config().seedWords(), text.pipeline(), text.readable(), progress);
    TopicChoice choice = chooseTopics(run, text, fitInput, fitCount, guided);
    LdaConfig lda = choice.lda();
    LDAModel model =
        fitTopics(run, lda, guided.terms().count(), () -> new TopicModelTrainer(lda, guided.terms()).fit(fitInput, TextColumns.TF));
    Optional<MergedTopics> merged = Optional.empty();
    int iterations = lda.iterations();
    if (run.config().merge().asked()) { // never with guided topics: JobConfig refuses both
      TopicMerging merging = mergeTopics(run, lda, model, text, fitInput, fitCount);
      choice = new TopicChoice(merging.lda(), choice.sweep(), choice.guided());
      model = merging.model();
      merged = Optional.of(merging.merged());
      iterations += MergedRefit.furtherIterations(lda.iterations());
    }
    RunParameters parameters = parameters(run.config(), text, choice, model, fitInput, fitCount, merged);
    // Where online LDA stopped, for sujets update; EM cannot be continued.
    ContinuedOnlineLda.Learning learning = lda.optimizer() == LdaOptimizer.ONLINE
        ? new ContinuedOnlineLda.Learning(iterations, lda.learningOffset(), lda.learningDecay())
        : null;
    List<LineageEntry> lineage = List.of(new LineageEntry(1, "run", ModelContinuation.uris(run.config().input().paths()),
        fitCount, run.startedAt(), Versions.sujets()));
    return write(run, input, text, choice, model, fitInput, new Made<>(parameters, merged, null, learning, lineage));
  }

  /** {@code --merge} / {@code --reduce-to}: the first fit's topics merged, then fitted on. */
  private TopicMerging mergeTopics(Run run, LdaConfig lda, LDAModel first, PreparedText text,
      Dataset<Row> fitInput, long fitCount) {
    StageClock.Stage stage = run.clock().start("merge");
    LdaProgressListener listener =
        new LdaProgressListener(progress, MergedRefit.furtherIterations(lda.iterations()));
    spark.sparkContext().addSparkListener(listener);
    TopicMerging merging;
    try {
      merging = TopicMerging.of(run.config().merge(), first, lda, text, fitInput, fitCount);
    } finally {
      spark.sparkContext().removeSparkListener(listener);
    }
    stage.done(merging.summary());
    return merging;
  }

  /**
   * {@link #execute}'s steps for a saved model continued on new articles: its analysis as saved,
   * its vocabulary grown, its LDA continued, its topics' ids and names kept.
   */
  private RunManifest<UpdateParameters> continueModel(Run run, ModelContinuation from) throws IOException {
    JobConfig config = run.config();
    ReadArticles input = ReadArticles.read(spark, config.input(), config.lda(), run.clock(), run.persisted());
    PreparedText text = from.readableKept(new TextPreparation(run.clock(), run.persisted()).fit(from.textPipeline(),
        input.texts(), config.vocabulary(), Optional.of(run.out()), input.release()));
    Dataset<Row> fitInput = text.fitInput(run.persisted());
    long fitCount = text.fitCount(fitInput);
    LdaConfig lda = config.lda().resolve(fitCount);
    ContinuedOnlineLda.Continued continued =
        fitTopics(run, lda, 0, () -> from.fit(lda, fitInput, text.counts().vocabulary()));
    LDAModel model = continued.model();
    ContinuedOnlineLda.Learning learning = new ContinuedOnlineLda.Learning(continued.iterations(),
        from.learning().learningOffset(), from.learning().learningDecay());
    List<LineageEntry> lineage =
        from.lineage(ModelContinuation.uris(config.input().paths()), fitCount, run.startedAt(), Versions.sujets());
    ModelManifest saved = from.manifest();
    UpdateParameters parameters = new UpdateParameters("update", from.modelUri(), saved.formatVersion(),
        saved.sujetsVersion(), ParametersUsed.input(config.input()), saved.analyzer(),
        new RunParameters.Vocabulary(text.vocabulary().vocabSize(), text.vocabulary().minDf(), text.vocabulary().maxDf(),
            text.vocabulary().genericWords()),
        saved.words().size(), ParametersUsed.continued(lda, model), learning.iterations(),
        ParametersUsed.summaries(config.output()), spark.sparkContext().master(), ModelContinuation.asMaps(lineage));
    return write(run, input, text, new TopicChoice(lda, null, GuidedTopics.none()), model, fitInput,
        new Made<>(parameters, Optional.empty(), from.kept(), learning, lineage));
  }

  /**
   * What a command made besides the topics: run.json's parameters, and the model's history.
   *
   * @param merged how a run's topics were merged ({@code --merge}, {@code --reduce-to}), or empty
   * @param kept the saved topics' ids and names (update), or null (run)
   * @param learning where online LDA stopped, or null (EM)
   */
  private record Made<P extends ManifestParameters>(P parameters, Optional<MergedTopics> merged, TopicResults.Kept kept,
      ContinuedOnlineLda.Learning learning, List<LineageEntry> lineage) {}

  /** Boilerplate, analysis, phrases, near-duplicates, vocabulary, TF-IDF: the declared pipeline. */
  private PreparedText prepare(Run run, ReadArticles input) throws IOException {
    JobConfig config = run.config();
    return new TextPreparation(run.clock(), run.persisted()).fit(
        TextPipeline.declare(config.analysis(), config.cleanup(), config.vocabulary()), input.texts(),
        config.vocabulary(), Optional.of(run.out()), input.release());
  }

  /** With {@code --topics auto}, sweeps k on the articles LDA fits and keeps the recommended k. */
  private TopicChoice chooseTopics(Run run, PreparedText text, Dataset<Row> fitInput, long fitCount,
      GuidedTopics guided) throws IOException {
    JobConfig config = run.config();
    if (!config.topicSweep().asked()) {
      LdaConfig lda = config.lda().resolve(fitCount);
      config.labels().checkTopics(lda.topics()); // before the fit: a label for no topic is a mistake
      config.merge().checkTopics(lda.topics());
      config.seedWords().checkTopics(lda.topics()); // the size rule may choose fewer than the guided topics
      return new TopicChoice(lda, null, guided);
    }
    StageClock.Stage stage = run.clock().start("tune");
    // Guided topics count toward k: the sweep fits them in every k, and drops a k below their number.
    TuneResult sweep = new TopicTuner(spark, progress).sweep(fitInput, text.readable(), config.lda(),
        config.topicSweep(), config.quality().stability(), config.quality().relevanceLambda(), guided.terms());
    new TuneWriter().write(sweep, run.out()); // into the staging folder: committed with the run or not at all
    LdaConfig lda = TopicTuner.withTopics(config.lda(), sweep.recommended(), config.lda().seed()).resolve(fitCount);
    config.labels().checkTopics(lda.topics());
    config.merge().checkTopics(lda.topics());
    stage.done(TuneWriter.choice(sweep));
    return new TopicChoice(lda, sweep, guided);
  }

  /** The LDA step: {@code fit} timed, its iterations shown as they go. */
  private <T> T fitTopics(Run run, LdaConfig lda, int guided, Supplier<T> fit) {
    StageClock.Stage stage = run.clock().start("LDA");
    LdaProgressListener listener = new LdaProgressListener(progress, lda.iterations());
    spark.sparkContext().addSparkListener(listener);
    T model;
    try {
      model = fit.get();
    } finally {
      spark.sparkContext().removeSparkListener(listener);
    }
    stage.done("k=" + lda.topics() + ", " + lda.iterations() + " iterations, " + lda.optimizer().sparkName()
        + (guided == 0 ? "" : ", " + guided + " guided"));
    return model;
  }

  /** Writing: the topic results, every output file, the model, the report, run.json last. */
  private <P extends ManifestParameters> RunManifest<P> write(Run run, ReadArticles input, PreparedText text,
      TopicChoice choice, LDAModel model, Dataset<Row> fitInput, Made<P> made) throws IOException {
    StageClock.Stage stage = run.clock().start("writing");
    JobConfig config = run.config();
    TopicResults results = TopicResults.of(model, text, fitInput, config, choice.lda(), choice.guided().terms(),
        run.clock(), stage, run.persisted(), made.merged(), made.kept());
    List<Keyword> keywords = writeSummaries(run, text, results);
    ArticlesCsv.write(results.assigned(), text.readable(), results.k(), config.output().articleKeywords(), run.out());
    TopicTables.write(results.shares(), run.out());
    List<TopicShareSeries> sources = results.shares().sources(GROUPS_SHOWN);
    List<TopicPeriodWords> wordsByMonth = TopicWordsTables.write(results.assigned(), text.readable(), results.k(),
        !results.months().isEmpty(), !sources.isEmpty(), run.out(), run.persisted());
    TopicModelBundle.of(text.pipeline(), model, results.fitted().order(), results.labels(), text.readable(),
        Versions.sujets())
        .withHistory(made.learning(), made.lineage())
        .save(run.out().child("model"));
    stage.done(results.topics().size() + " topics"
        + results.sections().map(agreement -> ", " + agreement.summary()).orElse(""));

    ReadCounts read = input.counts();
    RunCounts counts = new RunCounts(read.files(), read.records(), input.bad().count(), read.empty(),
        read.redecoded(), text.articles(), text.tokens(), text.readable().length, input.repeatedIds());
    RunManifest<P> manifest = new RunManifest<>("sujets", Versions.sujets(), run.startedAt(), config.input().paths(),
        counts, made.parameters(), Versions.all(spark), choice.lda().seed(), run.clock().seconds(), input.bad().examples(),
        results.qualityFigures(), run.executors().summary());
    new ReportWriter().write(reportData(config, manifest, keywords, results, sources, wordsByMonth, text.readable()),
        run.out());
    new SummaryWriter().writeManifest(run.out(), manifest); // last: on object stores, the mark of a complete run
    return manifest;
  }

  /** topics.json, keywords.json and phrases.json; returns the corpus keywords. */
  private static List<Keyword> writeSummaries(Run run, PreparedText text, TopicResults results) throws IOException {
    SummaryWriter writer = new SummaryWriter();
    List<Keyword> keywords =
        CorpusKeywords.top(results.assigned(), text.counts().vocabulary(), text.readable(),
            text.analyzerSpec(), run.config().output().corpusKeywords());
    writer.writeTopics(run.out(), results.topics(), results.fitted().distances(),
        Map.of("coherence", results.quality().meanCoherence(), "diversity", results.quality().diversity()),
        results.hierarchy());
    writer.writeKeywords(run.out(), keywords);
    if (text.phrases() != null) {
      writer.writePhrases(run.out(),
          LearnedPhrases.of(text.phrases(), text.counts().vocabulary(), text.readable(), text.idf().docFreq()));
    }
    return keywords;
  }

  /** run.json's parameters: the settings used, then what the clean-up stages found. */
  private static RunParameters parameters(JobConfig config, PreparedText text, TopicChoice choice,
      LDAModel model, Dataset<Row> fitInput, long fitCount, Optional<MergedTopics> merged) {
    RunParameters.Findings findings = new RunParameters.Findings(
        choice.sweep() != null ? "tune" : config.lda().topics() != null ? "given" : "size rule",
        choice.sweep() == null ? null : TuneWriter.summary(choice.sweep()),
        text.boilerplate(),
        text.phrases() == null ? null : text.phrases().length,
        SpellingVariantReport.of(fitInput, TextColumns.TF, text.readable()),
        text.duplicates() == null ? null : text.duplicates().summary(fitCount),
        merged.map(m -> mergeFindings(m, choice.lda())).orElse(null));
    return ParametersUsed.of(config, text.vocabulary(), choice.lda(), model, choice.guided().used(), findings);
  }

  /** run.json's account of the merging: the first fit's k, where each topic came from, the further iterations. */
  private static Map<String, Object> mergeFindings(MergedTopics merged, LdaConfig lda) {
    Map<String, Object> findings = new LinkedHashMap<>();
    findings.put("topicsBefore", merged.k());
    findings.put("mergedFrom", merged.parts());
    findings.put("furtherIterations", MergedRefit.furtherIterations(lda.iterations()));
    return findings;
  }

  /** What the charts, notebook and HTML report show; every part bounded by k or a cap. */
  private static ReportData reportData(JobConfig config, RunManifest<?> manifest, List<Keyword> keywords,
      TopicResults results, List<TopicShareSeries> sources, List<TopicPeriodWords> wordsByMonth, String[] readable) {
    int k = results.k();
    TopicQuality quality = results.quality();
    Dataset<Row> assigned = results.assigned();
    return new ReportData(
        "Sujets · " + String.join(", ", config.input().paths().stream().map(TopicJob::lastName).toList()),
        manifest.counts(),
        manifest.parameters().asMap(),
        results.topics(),
        keywords,
        results.fitted().distances(),
        TopicAggregates.dominantCounts(assigned, k),
        TopicAggregates.smallCorpusMatrix(assigned, manifest.counts().articles(), HEATMAP_ARTICLES),
        results.months(),
        sources,
        results.shares().sections(GROUPS_SHOWN),
        wordsByMonth,
        results.hierarchy(),
        RelevanceWords.of(quality.distributions(), quality.corpus(), readable, config.quality().relevanceLambda(),
            PAGE_WORDS),
        RepresentativeDates.collect(assigned, results.topics(), !results.months().isEmpty()));
  }

  /** The last name of an input path or URI ("news" for "hdfs://nn/archive/news/"), for titles. */
  private static String lastName(String given) {
    String trimmed = given.replaceAll("/+$", "");
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }
}
