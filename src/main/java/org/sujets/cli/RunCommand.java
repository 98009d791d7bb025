package org.sujets.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.util.ShutdownHookManager;
import org.apache.spark.sql.SparkSession;
import org.sujets.analysis.Stemmer;
import org.sujets.config.AnalysisConfig;
import org.sujets.config.InputConfig;
import org.sujets.config.CleanupConfig;
import org.sujets.config.DedupConfig;
import org.sujets.config.JobConfig;
import org.sujets.config.LdaConfig;
import org.sujets.config.LdaOptimizer;
import org.sujets.config.LdaStart;
import org.sujets.config.QualityConfig;
import org.sujets.config.RecordMode;
import org.sujets.config.TopicSweep;
import org.sujets.config.VocabularyConfig;
import org.sujets.features.BoilerplateParams;
import org.sujets.features.FrenchNewsTokenizer;
import org.sujets.features.NearDuplicateParams;
import org.sujets.features.PhraseParams;
import org.sujets.job.TopicJob;
import org.sujets.report.RunManifest;
import org.sujets.storage.Locations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sujets run}: fit topics and keywords on a corpus and write the output folder. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    showDefaultValues = true,
    description = {
      "Reads French articles, analyses them with Lucene, computes TF-IDF keywords and fits LDA"
          + " topics with Spark MLlib, then writes topics.json, keywords.json, articles.csv and"
          + " run.json to the output folder (whole or not at all).",
      "Exit codes: 0 success, 1 failure (one-line cause on stderr), 2 usage error."
    })
public class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-i", "--input"}, paramLabel = "PATH", arity = "1..*",
      defaultValue = "${env:SUJETS_HOME:-.}/data/sample",
      description = "Files, folders (recursive) or globs: .txt (one article per file), .jsonl,"
          + " .jsonl.gz, .csv, .parquet. Default: the bundled sample of 5 articles.")
  List<String> input;

  @Mixin InputOptions inputOptions;

  @Option(names = "--mode", defaultValue = "permissive",
      description = "What a bad record (malformed JSON line or CSV row, binary .txt file, duplicate"
          + " id) does: permissive skips, counts and lists it in run.json; strict stops the run"
          + " at the first one, naming its file and line.")
  String mode;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
      description = "Output folder: a local path or a URI (hdfs://, s3a://, file:). A folder holding a"
          + " previous Sujets run is replaced; any other non-empty folder needs --overwrite.")
  String output;

  @Option(names = "--checkpoint-dir", paramLabel = "DIR",
      description = "Where Spark checkpoints cut lineage (near-duplicate clusters, EM LDA): a folder"
          + " every executor sees, local path or URI. Default: _checkpoints in the run's temporary"
          + " output folder. The run deletes what it wrote there.")
  String checkpointDir;

  @Option(names = "--overwrite", description = "Replace a non-empty output folder.")
  boolean overwrite;

  @Option(names = {"-k", "--topics"}, paramLabel = "K|auto[:LIST]",
      description = "Number of topics, 2–1000. Omitted: articles/10 clamped to 2–20 (quick)."
          + " auto: fit k = 5,10,20,40 (values above articles/2 dropped; 2..articles/2 for tiny"
          + " corpora) as tune does, keep the k with the highest coherence × diversity and write"
          + " tune.json/png/svg with the run; auto:5,10,15 sweeps those values."
          + " For tune: a comma-separated list, default 5,10,20,40.")
  String topics;

  @Option(names = "--iterations", paramLabel = "N",
      description = "LDA iterations, 1–10000. Default: 50 (online), 40 (em).")
  Integer iterations;

  @Option(names = "--optimizer", defaultValue = "online", description = "LDA optimizer: online or em.")
  String optimizer;

  @Option(names = "--seed", defaultValue = "" + LdaConfig.DEFAULT_SEED, description = "Random seed: same seed and input give the same topics.")
  long seed;

  @Option(names = "--alpha", paramLabel = "A",
      description = "Document–topic prior (docConcentration), > 0 (> 1 for em). Default: Spark's (1/k, learned, for online).")
  Double alpha;

  @Option(names = "--beta", paramLabel = "B",
      description = "Topic–word prior (topicConcentration), > 0 (> 1 for em). Default: Spark's (1/k online, 1.1 em).")
  Double beta;

  @Option(names = "--subsampling-rate", paramLabel = "R",
      description = "Share of articles per online mini-batch, (0,1]. Default: 1.0 up to 2,000 articles,"
          + " else max(0.05, 5/iterations).")
  Double subsamplingRate;

  @Option(names = "--learning-offset", paramLabel = "TAU0",
      description = "Online LDA τ0, > 0: larger values damp the first iterations. Default: 1 when"
          + " mini-batches are the whole corpus, else 16.")
  Double learningOffset;

  @Option(names = "--learning-decay", paramLabel = "KAPPA",
      description = "Online LDA κ, (0.5, 1]: how fast the step size shrinks. Default: " + LdaConfig.DEFAULT_LEARNING_DECAY + ".")
  Double learningDecay;

  @Option(names = "--lda-start", paramLabel = "S", defaultValue = "seeded",
      description = "Where online LDA's topics start: seeded (k-means on a sample of articles; no dead"
          + " or merged topics) or random (Spark's near-uniform start). Default: seeded.")
  String ldaStart;

  @Option(names = "--vocab-size", paramLabel = "N", description = "Most frequent terms kept, ≥ 1. Default: " + VocabularyConfig.DEFAULT_VOCAB_SIZE + ".")
  Integer vocabSize;

  @Option(names = "--min-df", paramLabel = "N|F",
      description = "Drop terms in fewer articles: a count ≥ 1 or a fraction < 1."
          + " Default: 1 below 100 articles, 2 below 1,000, else 5.")
  Double minDf;

  @Option(names = "--max-df", paramLabel = "N|F",
      description = "Drop terms in more articles: a fraction ≤ 1 (1 = no limit) or a count > 1."
          + " Default: 1.0 below 20 articles, else 0.5.")
  Double maxDf;

  @Option(names = "--stemmer", defaultValue = FrenchNewsTokenizer.DEFAULT_STEMMER,
      description = "French stemmer: light, minimal, snowball or none. Words shown are always"
          + " the most frequent surface form.")
  String stemmer;

  @Option(names = "--stopwords", paramLabel = "FILE",
      description = "Extra stop words, one per line (UTF-8, # comments); a local path or a URI.")
  String stopWords;

  @Option(names = "--min-token-length", defaultValue = "" + FrenchNewsTokenizer.DEFAULT_MIN_TOKEN_LENGTH, description = "Shortest token kept, 1–20.")
  int minTokenLength;

  @Mixin SummaryOptions summaryOptions;

  @Option(names = "--relevance-lambda", paramLabel = "L", defaultValue = "" + QualityConfig.DEFAULT_RELEVANCE_LAMBDA,
      description = "LDAvis relevance λ for the words that label a topic, [0,1]: 1 = most probable"
          + " words, lower = words more distinctive of the topic.")
  double relevanceLambda;

  @Option(names = "--stability", negatable = true,
      description = "Also fit with seed + 1 and report how well the topics match"
          + " (Hungarian-matched 1 − Jensen–Shannon distance). Doubles the LDA time."
          + " Default: off for run, on for tune.")
  Boolean stability;
  @Option(names = "--boilerplate", defaultValue = "" + CleanupConfig.DEFAULT_BOILERPLATE, arity = "1",
      paramLabel = "true|false",
      description = "Remove web boilerplate lines (repeated per source, French patterns, reader comments). Default: ${DEFAULT-VALUE}.")
  boolean boilerplate;

  @Option(names = "--boilerplate-min-articles", defaultValue = "" + BoilerplateParams.DEFAULT_MIN_ARTICLES,
      description = "A line repeated in at least this many articles of a source is boilerplate, ≥ 2. Default: ${DEFAULT-VALUE}.")
  int boilerplateMinArticles;

  @Option(names = "--boilerplate-min-share", defaultValue = "" + BoilerplateParams.DEFAULT_MIN_SHARE,
      description = "... and in at least this share of the source's articles, 0–1. Default: ${DEFAULT-VALUE}.")
  double boilerplateMinShare;

  @Option(names = "--phrases", defaultValue = "" + CleanupConfig.DEFAULT_PHRASES, arity = "1", paramLabel = "true|false",
      description = "Join French phrases (corée du nord) into single terms. Default: ${DEFAULT-VALUE}.")
  boolean phrases;

  @Option(names = "--phrase-min-count", defaultValue = "" + PhraseParams.DEFAULT_MIN_COUNT,
      description = "Fewest occurrences of a phrase, ≥ 1. Default: ${DEFAULT-VALUE}.")
  int phraseMinCount;

  @Option(names = "--phrase-threshold", defaultValue = "" + PhraseParams.DEFAULT_THRESHOLD,
      description = "Lowest NPMI of a phrase, -1–1. Default: ${DEFAULT-VALUE}.")
  double phraseThreshold;

  @Option(names = "--dedup", negatable = true, defaultValue = "" + DedupConfig.DEFAULT_ENABLED, fallbackValue = "true",
      description = "Find near-duplicate articles (wire copy published again; MinHash over "
          + NearDuplicateParams.DEFAULT_SHINGLE_SIZE + "-term shingles),"
          + " list them in duplicates.csv and fit LDA on one article per cluster; every article still"
          + " gets topic shares. Default: on.")
  boolean dedup;

  @Option(names = "--dedup-threshold", paramLabel = "J", defaultValue = "" + NearDuplicateParams.DEFAULT_THRESHOLD,
      description = "Lowest Jaccard similarity of two articles' shingle sets to call them near-duplicates, (0,1]."
          + " Default: ${DEFAULT-VALUE}.")
  double dedupThreshold;

  @Option(names = "--dedup-shingle-size", paramLabel = "N", defaultValue = "" + NearDuplicateParams.DEFAULT_SHINGLE_SIZE,
      description = "Consecutive analysed terms per shingle, 1–20. Default: ${DEFAULT-VALUE}.")
  int dedupShingleSize;

  @Option(names = "--dedup-bands", paramLabel = "N", defaultValue = "" + NearDuplicateParams.DEFAULT_BANDS,
      description = "Bands of the MinHash signature, 1–500: a pair of similarity s is a candidate with probability"
          + " 1-(1-s^rows)^bands; more find more pairs near the threshold. Default: ${DEFAULT-VALUE}.")
  int dedupBands;

  @Option(names = "--dedup-rows", paramLabel = "N", defaultValue = "" + NearDuplicateParams.DEFAULT_ROWS,
      description = "MinHash values per band, 1–20: more make dissimilar pairs rarer candidates. Default: ${DEFAULT-VALUE}.")
  int dedupRows;

  @Mixin SparkOptions sparkOptions;

  /** Above Spark's hooks (FileSystem's priority + 30) and the file systems' own (+ 0). */
  private static final int ABORT_HOOK_PRIORITY = FileSystem.SHUTDOWN_HOOK_PRIORITY + 35;

  @Override
  public Integer call() throws Exception {
    JobConfig config = config();
    SparkLogging.configure(sparkOptions.verbose);
    // Stop Spark at the end only if this command started it (not when embedded in a running app).
    boolean joined = SparkSession.getDefaultSession().isDefined();
    SparkSession spark = sparkOptions.session("sujets run");
    TopicJob job = new TopicJob(spark, new StderrProgress(spec.commandLine().getErr()));
    // On SIGINT/SIGTERM the JVM runs shutdown hooks: remove the half-written output. Through
    // Hadoop's hook manager, ahead of the hooks that stop Spark and close the file systems
    // (an HDFS client closed first could not delete the staging folder).
    ShutdownHookManager hooks = ShutdownHookManager.get();
    Runnable abortOnSignal = job::abort;
    hooks.addShutdownHook(abortOnSignal, ABORT_HOOK_PRIORITY);
    try {
      FileSystemPreflight.require(spark, paths(config));
      RunManifest manifest = job.run(config);
      spec.commandLine().getErr().printf(Locale.ROOT,
          "[sujets] wrote %s: %d topics (%s) over %d articles%n",
          config.output().dir(), manifest.parameters().get("topics"), manifest.parameters().get("topicsChosenBy"),
          manifest.counts().articles());
      return ExitCodes.OK;
    } catch (Exception e) {
      throw sparkOptions.explain(e);
    } finally {
      try {
        hooks.removeShutdownHook(abortOnSignal);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or has run
      }
      if (!joined) {
        spark.stop();
      }
    }
  }

  /** The paths a run reads and writes: its inputs, its output folder and checkpoint folder. */
  static List<String> paths(JobConfig config) {
    List<String> paths = new ArrayList<>(config.input().paths());
    paths.add(config.output().dir());
    if (config.output().checkpointDir() != null) {
      paths.add(config.output().checkpointDir());
    }
    return paths;
  }

  /** Builds the validated configuration; a bad value is a usage error (exit 2). */
  JobConfig config() {
    try {
      sparkOptions.validate();
      Integer k = topicsOption();
      return new JobConfig(
          new InputConfig(input, inputOptions.format(), inputOptions.columns(), RecordMode.parse(mode)),
          new AnalysisConfig(Stemmer.parse(stemmer), readStopWords(), minTokenLength),
          new VocabularyConfig(vocabSize, minDf, maxDf),
          new LdaConfig(k, iterations, LdaOptimizer.parse(optimizer), seed, alpha, beta,
              subsamplingRate, learningOffset, learningDecay, LdaStart.parse(ldaStart)),
          summaryOptions.outputConfig(output, overwrite, checkpointDir),
          new QualityConfig(relevanceLambda, Boolean.TRUE.equals(stability)),
          new CleanupConfig(boilerplate, boilerplateMinArticles, boilerplateMinShare, phrases, phraseMinCount,
              phraseThreshold, new DedupConfig(dedup, dedupThreshold, dedupShingleSize, dedupBands, dedupRows)),
          topicSweep());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /** The --topics value as a run reads it: the k given, or null (omitted: size rule; auto: sweep). */
  Integer topicsOption() {
    return topics == null || isAuto(topics) ? null : parseTopics(topics);
  }

  /** The k values a run sweeps: none unless --topics is auto (5,10,20,40) or auto:LIST. */
  TopicSweep topicSweep() {
    if (topics == null || !isAuto(topics)) {
      return TopicSweep.none();
    }
    String value = topics.trim();
    int colon = value.indexOf(':');
    return colon < 0 ? TopicSweep.defaults() : TopicSweep.parse(value.substring(colon + 1));
  }

  private static boolean isAuto(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    return v.equals("auto") || v.startsWith("auto:");
  }

  static Integer parseTopics(String value) {
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--topics must be a whole number, auto or auto:5,10,20, got '" + value + "'");
    }
  }

  private List<String> readStopWords() {
    if (stopWords == null) {
      return List.of();
    }
    try {
      List<String> words = new ArrayList<>();
      org.apache.hadoop.fs.Path file = Locations.of(stopWords);
      String text;
      // Read before Spark starts: the Hadoop configuration is the one on the classpath.
      try (var in = file.getFileSystem(new org.apache.hadoop.conf.Configuration()).open(file)) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      for (String line : text.lines().toList()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
      return words;
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read --stopwords " + stopWords + ": " + e.getMessage());
    }
  }
}
