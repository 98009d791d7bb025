package org.sujets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sujets.analysis.Stemmer;
import org.sujets.config.AnalysisConfig;
import org.sujets.config.CleanupConfig;
import org.sujets.config.ColumnMapping;
import org.sujets.config.DedupConfig;
import org.sujets.config.GivenLabels;
import org.sujets.config.SeedWords;
import org.sujets.config.InputConfig;
import org.sujets.config.InputFormat;
import org.sujets.config.JobConfig;
import org.sujets.config.LdaConfig;
import org.sujets.config.LdaOptimizer;
import org.sujets.config.LdaStart;
import org.sujets.config.OutputConfig;
import org.sujets.config.QualityConfig;
import org.sujets.config.RecordMode;
import org.sujets.config.TopicMerge;
import org.sujets.config.TopicSweep;
import org.sujets.config.VocabularyConfig;
import org.sujets.features.BoilerplateRemover;
import org.sujets.features.FrenchNewsTokenizer;
import org.sujets.features.NearDuplicateDetector;
import org.sujets.features.PhraseDetector;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Each command accepts exactly the options it uses (no Spark started): every one of them reaches
 * its configuration, any other is a usage error, and the defaults are the stages' own.
 */
class CommandOptionsTest {
  @TempDir Path dir;
  private Path in;
  private Path out;
  private Path checkpoints;
  private Path stopWords;
  private Path labels;
  private Path seedWords;

  @BeforeEach
  void files() throws IOException {
    in = dir.resolve("in.jsonl");
    out = dir.resolve("out");
    checkpoints = dir.resolve("cp");
    stopWords = Files.writeString(dir.resolve("stop.txt"), "poutine\n# a comment\n");
    labels = Files.writeString(dir.resolve("labels.txt"), "# names\n3: Réforme des retraites\n");
    seedWords = Files.writeString(dir.resolve("seeds.txt"), "# guided\nÉpidémie: covid, Confinement masques\n"
        + "\"Retraites\" : réforme retraites\nFootball: ligue, buts\n");
  }

  /** A non-default value for every option of run, tune and infer but the standard help options. */
  private Map<String, List<String>> everyOption() {
    Map<String, List<String>> args = new LinkedHashMap<>();
    args.put("--model", List.of("--model", dir.resolve("model").toString()));
    args.put("--input", List.of("--input", in.toString()));
    args.put("--format", List.of("--format", "jsonl"));
    args.put("--id-col", List.of("--id-col", "i"));
    args.put("--title-col", List.of("--title-col", "t"));
    args.put("--date-col", List.of("--date-col", "d"));
    args.put("--source-col", List.of("--source-col", "s"));
    args.put("--section-col", List.of("--section-col", "sec"));
    args.put("--text-col", List.of("--text-col", "x"));
    args.put("--mode", List.of("--mode", "strict"));
    args.put("--output", List.of("--output", out.toString()));
    args.put("--checkpoint-dir", List.of("--checkpoint-dir", checkpoints.toString()));
    args.put("--overwrite", List.of("--overwrite"));
    args.put("--topics", List.of("--topics", "7"));
    args.put("--iterations", List.of("--iterations", "30"));
    args.put("--optimizer", List.of("--optimizer", "em"));
    args.put("--seed", List.of("--seed", "7"));
    args.put("--alpha", List.of("--alpha", "2.0"));
    args.put("--beta", List.of("--beta", "1.5"));
    args.put("--subsampling-rate", List.of("--subsampling-rate", "0.5"));
    args.put("--learning-offset", List.of("--learning-offset", "8"));
    args.put("--learning-decay", List.of("--learning-decay", "0.7"));
    args.put("--lda-start", List.of("--lda-start", "random"));
    args.put("--vocab-size", List.of("--vocab-size", "500"));
    args.put("--min-df", List.of("--min-df", "2"));
    args.put("--max-df", List.of("--max-df", "0.9"));
    args.put("--generic-words", List.of("--generic-words", "true"));
    args.put("--stemmer", List.of("--stemmer", "snowball"));
    args.put("--stopwords", List.of("--stopwords", stopWords.toString()));
    args.put("--min-token-length", List.of("--min-token-length", "3"));
    args.put("--top-words", List.of("--top-words", "7"));
    args.put("--top-articles", List.of("--top-articles", "2"));
    args.put("--article-keywords", List.of("--article-keywords", "3"));
    args.put("--corpus-keywords", List.of("--corpus-keywords", "9"));
    args.put("--labels", List.of("--labels", labels.toString()));
    args.put("--merge", List.of("--merge", "3,5", "--merge", "2,4,6"));
    args.put("--reduce-to", List.of("--reduce-to", "4"));
    args.put("--seed-words", List.of("--seed-words", seedWords.toString()));
    args.put("--seed-weight", List.of("--seed-weight", "0.02"));
    args.put("--relevance-lambda", List.of("--relevance-lambda", "0.4"));
    args.put("--stability", List.of("--no-stability"));
    args.put("--boilerplate", List.of("--boilerplate", "false"));
    args.put("--boilerplate-min-articles", List.of("--boilerplate-min-articles", "3"));
    args.put("--boilerplate-min-share", List.of("--boilerplate-min-share", "0.2"));
    args.put("--phrases", List.of("--phrases", "false"));
    args.put("--phrase-min-count", List.of("--phrase-min-count", "4"));
    args.put("--phrase-threshold", List.of("--phrase-threshold", "0.3"));
    args.put("--dedup", List.of("--no-dedup"));
    args.put("--dedup-threshold", List.of("--dedup-threshold", "0.7"));
    args.put("--dedup-shingle-size", List.of("--dedup-shingle-size", "4"));
    args.put("--dedup-bands", List.of("--dedup-bands", "9"));
    args.put("--dedup-rows", List.of("--dedup-rows", "2"));
    args.put("--master", List.of("--master", "local[2]"));
    args.put("--conf", List.of("--conf", "spark.sql.shuffle.partitions=3"));
    args.put("--executor-wait", List.of("--executor-wait", "5"));
    args.put("--verbose", List.of("--verbose"));
    return args;
  }

  private static Set<String> optionsOf(Object command) {
    Set<String> names = new TreeSet<>();
    for (OptionSpec option : new CommandLine(command).getCommandSpec().options()) {
      if (!option.usageHelp() && !option.versionHelp()) {
        names.add(option.longestName());
      }
    }
    return names;
  }

  /**
   * Options that exclude another one or the em optimizer everyOption gives: each has its own test
   * ({@link #runTakesTheMergingAskedFor}).
   */
  private static final Set<String> ALONE = Set.of("--merge", "--reduce-to");

  /** Parses every option {@code command} declares, each with its value from {@link #everyOption}. */
  private <T> T parseEveryOption(T command) {
    return parseEveryOption(command, Set.of());
  }

  /** {@link #parseEveryOption(Object)} but the options {@code apart}, which need settings of their own. */
  private <T> T parseEveryOption(T command, Set<String> apart) {
    Map<String, List<String>> values = everyOption();
    List<String> args = new ArrayList<>();
    for (String option : optionsOf(command)) {
      if (apart.contains(option)) {
        continue;
      }
      assertTrue(values.containsKey(option), option + " has no value in this test: give it one");
      if (!ALONE.contains(option)) {
        args.addAll(values.get(option));
      }
    }
    new CommandLine(command).parseArgs(args.toArray(new String[0]));
    return command;
  }

  private static final Set<String> SUMMARIES = Set.of("--top-words", "--top-articles", "--article-keywords",
      "--corpus-keywords");

  @Test
  void eachCommandDeclaresTheOptionsOfWhatItDoes() {
    Set<String> all = new TreeSet<>(everyOption().keySet());
    Set<String> run = new TreeSet<>(all);
    run.remove("--model");
    assertEquals(run, optionsOf(new RunCommand()));

    Set<String> tune = new TreeSet<>(run);
    tune.removeAll(ALONE); // tune compares fits, it merges nothing
    tune.removeAll(SUMMARIES);
    tune.remove("--overwrite"); // tune writes three files and keeps the others
    tune.remove("--labels"); // nor topics to name
    tune.removeAll(GUIDED); // it compares free topics; run --topics auto sweeps with guided topics
    assertEquals(tune, optionsOf(new TuneCommand()));

    Set<String> infer = new TreeSet<>(Set.of("--model", "--input", "--format", "--id-col", "--title-col",
        "--date-col", "--source-col", "--section-col", "--text-col", "--output", "--overwrite", "--master",
        "--conf", "--executor-wait", "--verbose"));
    infer.addAll(SUMMARIES);
    assertEquals(infer, optionsOf(new InferCommand()));
  }

  private InputConfig expectedInput(RecordMode mode) {
    return new InputConfig(List.of(in.toString()), InputFormat.JSONL,
        new ColumnMapping("i", "t", "d", "s", "sec", "x"), mode);
  }

  private static final AnalysisConfig ANALYSIS = new AnalysisConfig(Stemmer.SNOWBALL, List.of("poutine"), 3);
  private static final VocabularyConfig VOCABULARY = new VocabularyConfig(500, 2.0, 0.9, true);
  private static final CleanupConfig CLEANUP =
      new CleanupConfig(false, 3, 0.2, false, 4, 0.3, new DedupConfig(false, 0.7, 4, 9, 2));

  private static LdaConfig lda(Integer k) {
    return new LdaConfig(k, 30, LdaOptimizer.EM, 7, 2.0, 1.5, 0.5, 8.0, 0.7, LdaStart.RANDOM);
  }

  private static void assertSparkOptionsParsed(SparkOptions spark) {
    assertEquals("local[2]", spark.master);
    assertEquals(List.of("spark.sql.shuffle.partitions=3"), spark.conf);
    assertEquals(5, spark.executorWaitSeconds);
    assertTrue(spark.verbose);
  }

  private static final Set<String> GUIDED = Set.of("--seed-words", "--seed-weight");

  /** Every option but the guided topics' (they need online LDA, the seeded start: below). */
  @Test
  void runTakesEveryOptionIntoItsConfiguration() {
    RunCommand run = parseEveryOption(new RunCommand(), GUIDED);
    JobConfig expected = new JobConfig(expectedInput(RecordMode.STRICT), ANALYSIS, VOCABULARY, lda(7),
        new OutputConfig(out.toString(), true, 7, 2, 3, 9, checkpoints.toString()),
        new QualityConfig(0.4, false), CLEANUP, TopicSweep.none(),
        new GivenLabels(labels.toString(), List.of(new GivenLabels.Entry(3, "Réforme des retraites", 2))));
    assertEquals(expected, run.config());
    assertSparkOptionsParsed(run.sparkOptions);
  }

  @Test
  void runTakesTheMergingAskedFor() {
    RunCommand run = new RunCommand();
    new CommandLine(run).parseArgs("--output", out.toString(), "--topics", "7", "--merge", "3,5",
        "--merge", " 6, 2,4");
    assertEquals(new TopicMerge(List.of(List.of(3, 5), List.of(2, 4, 6)), null), run.config().merge());
    RunCommand reduce = new RunCommand();
    new CommandLine(reduce).parseArgs("--output", out.toString(), "--reduce-to", "4");
    assertEquals(new TopicMerge(List.of(), 4), reduce.config().merge());
    RunCommand plain = new RunCommand();
    new CommandLine(plain).parseArgs("--output", out.toString());
    assertEquals(TopicMerge.none(), plain.config().merge());
  }

  /** Each mistake is one line naming the option and the ids, before Spark starts (a usage error). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--topics 7 --merge 3,9 | --merge 3,9: topic 9 does not exist: the topics are 1..7",
    "--merge 3,5 --merge 5,6 | --merge: topic 5 is in two groups (3,5 and 5,6): put them in one group, e.g. --merge 3,5,6",
    "--merge 3 | --merge 3: give at least two topic ids, e.g. 3,7",
    "--merge 3,x | --merge 3,x: expected topic ids separated by commas, e.g. 3,7",
    "--merge 0,2 | --merge 0,2: topic ids start at 1, got 0",
    "--topics 7 --reduce-to 7 | --reduce-to 7: the run fits 7 topics; give fewer (2..6)",
    "--reduce-to 1 | --reduce-to must be at least 2 (LDA needs 2 topics), got 1",
    "--reduce-to 3 --merge 1,2 | --merge and --reduce-to do not go together: give one or the other",
    "--topics 3 --merge 1,2,3 | --merge would leave 1 topic of 3: LDA needs 2; merge fewer topics",
    "--optimizer em --merge 1,2 | --merge and --reduce-to fit on with online LDA: drop --optimizer em"})
  void aBadMergeIsOneLineBeforeSparkStarts(String options, String message) {
    List<String> args = new ArrayList<>(List.of("--output", out.toString()));
    args.addAll(List.of(options.strip().split(" ")));
    RunCommand run = new RunCommand();
    CommandLine line = new CommandLine(run);
    line.parseArgs(args.toArray(new String[0]));
    CommandLine.ParameterException e =
        org.junit.jupiter.api.Assertions.assertThrows(CommandLine.ParameterException.class, run::config);
    assertEquals(message, e.getMessage());
  }

  @Test
  void runTakesTheGuidedTopicsIntoItsConfiguration() {
    RunCommand run = new RunCommand();
    new CommandLine(run).parseArgs("--output", out.toString(), "--topics", "4", "--seed-words",
        seedWords.toString(), "--seed-weight", "0.02");
    assertEquals(new SeedWords(seedWords.toString(), List.of(
        new SeedWords.Entry("Épidémie", List.of("covid", "Confinement masques"), 2),
        new SeedWords.Entry("Retraites", List.of("réforme retraites"), 3),
        new SeedWords.Entry("Football", List.of("ligue", "buts"), 4)), 0.02), run.config().seedWords());
    RunCommand byDefault = new RunCommand();
    new CommandLine(byDefault).parseArgs("--output", out.toString(), "--seed-words", seedWords.toString());
    assertEquals(SeedWords.DEFAULT_WEIGHT, byDefault.config().seedWords().weight());
    RunCommand none = new RunCommand();
    new CommandLine(none).parseArgs("--output", out.toString());
    assertEquals(SeedWords.none(), none.config().seedWords());
  }

  /** Guided topics that the other settings cannot honour: exit 2 before Spark starts, one line saying why. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "--topics 2                       | seeds 3 topics but the run fits 2: the guided topics count toward --topics; ask for at least 3",
    "--optimizer em                   | --seed-words needs --optimizer online",
    "--lda-start random               | --seed-words needs --lda-start seeded",
    "--merge 1,2                      | --seed-words cannot be combined with --merge or --reduce-to",
    "--reduce-to 2                    | --seed-words cannot be combined with --merge or --reduce-to",
    "--seed-weight 0                  | --seed-weight must be in (0, 1.0], got 0.0",
    "--seed-weight 1.5                | --seed-weight must be in (0, 1.0], got 1.5",
    "--labels LABELS                  | labels.txt, line 1: topic 2 is the guided topic 'Retraites' of",
  })
  void guidedTopicsTheRunCannotHonourAreAUsageError(String options, String expected) throws IOException {
    Path twoNames = Files.writeString(dir.resolve("labels.txt"), "2: Réforme\n");
    List<String> args = new ArrayList<>(List.of("run", "--input", in.toString(), "--output", out.toString(),
        "--seed-words", seedWords.toString()));
    for (String a : options.split(" ")) {
      args.add(a.equals("LABELS") ? twoNames.toString() : a);
    }
    if (!options.startsWith("--topics")) {
      args.addAll(List.of("--topics", "3"));
    }
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
        args.toArray(new String[0]));
    assertEquals(ExitCodes.USAGE, code, err.toString());
    String first = err.toString().lines().findFirst().orElse("");
    assertTrue(first.contains(expected), first);
    assertFalse(err.toString().contains("\tat "));
    assertFalse(Files.exists(out));
  }

  /** A bad seed-words file: exit 2 before Spark starts, one line naming the file, the line and the problem. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "Épidémie covid masque                   | seeds.txt, line 1: expected NAME: WORDS",
    "Épidémie: covid¶Sport: buts¶Épidémie: x  | seeds.txt, line 3: topic 'Épidémie' is already seeded on line 1",
    "Sport: buts¶Épidémie: ,¶                 | seeds.txt, line 2: topic 'Épidémie' has no seed word",
    ": covid                                 | seeds.txt, line 1: the name is empty",
    "3: covid masque                         | seeds.txt, line 1: '3' is a topic id, not a name",
    "%% only a comment                       | seeds.txt: no NAME: WORDS line",
  })
  void aBadSeedWordsFileIsAUsageErrorNamingItsLine(String content, String expected) throws IOException {
    Path file = Files.writeString(dir.resolve("seeds.txt"), content.replace("¶", "\n").replace("%%", "#"));
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "run",
        "--input", in.toString(), "--output", out.toString(), "--topics", "3", "--seed-words", file.toString());
    assertEquals(ExitCodes.USAGE, code, err.toString());
    String first = err.toString().lines().findFirst().orElse("");
    assertTrue(first.startsWith(file.toString()) && first.contains(expected.substring("seeds.txt".length())),
        first);
    assertFalse(err.toString().contains("\tat "));
    assertFalse(Files.exists(out));
  }

  @Test
  void tuneTakesEveryOptionIntoItsConfigurationTheCleanUpIncluded() {
    TuneCommand tune = parseEveryOption(new TuneCommand());
    JobConfig expected = new JobConfig(expectedInput(RecordMode.STRICT), ANALYSIS, VOCABULARY, lda(null),
        OutputConfig.defaults(out.toString(), false, checkpoints.toString()),
        new QualityConfig(0.4, false), CLEANUP, TopicSweep.none());
    assertEquals(expected, tune.config());
    assertEquals(TopicSweep.of(List.of(7)), tune.sweep());
    assertSparkOptionsParsed(tune.sparkOptions);
  }

  @Test
  void inferTakesEveryOptionIntoItsConfiguration() {
    InferCommand infer = parseEveryOption(new InferCommand());
    assertEquals(expectedInput(RecordMode.PERMISSIVE), infer.inputConfig());
    assertEquals(new OutputConfig(out.toString(), true, 7, 2, 3, 9, null), infer.outputConfig());
    assertEquals(dir.resolve("model").toString(), infer.model);
    assertSparkOptionsParsed(infer.sparkOptions);
  }

  @Test
  void stabilityIsOffForRunAndOnForTuneUnlessAsked() {
    RunCommand run = new RunCommand();
    new CommandLine(run).parseArgs("--output", out.toString());
    assertFalse(run.config().quality().stability());
    new CommandLine(run).parseArgs("--output", out.toString(), "--stability");
    assertTrue(run.config().quality().stability());
    TuneCommand tune = new TuneCommand();
    new CommandLine(tune).parseArgs("--output", out.toString());
    assertTrue(tune.config().quality().stability());
    new CommandLine(tune).parseArgs("--output", out.toString(), "--no-stability");
    assertFalse(tune.config().quality().stability());
  }

  /** The command line's defaults, the configuration records' and the Spark stages' are the same values. */
  @Test
  void defaultsAreTheConfigurationsAndTheStagesOwn() {
    RunCommand run = new RunCommand();
    new CommandLine(run).parseArgs("--output", out.toString());
    JobConfig config = run.config();
    assertEquals(AnalysisConfig.defaults(), config.analysis());
    assertEquals(VocabularyConfig.auto(), config.vocabulary());
    assertEquals(LdaConfig.auto().resolve(100), config.lda().resolve(100));
    assertEquals(QualityConfig.defaults(), config.quality());
    assertEquals(OutputConfig.defaults(out.toString(), false), config.output());
    assertEquals(CleanupConfig.defaults(), config.cleanup());

    CleanupConfig cleanup = config.cleanup();
    BoilerplateRemover boilerplate = new BoilerplateRemover();
    assertEquals(boilerplate.getMinArticles(), cleanup.boilerplateMinArticles());
    assertEquals(boilerplate.getMinShare(), cleanup.boilerplateMinShare());
    PhraseDetector phrases = new PhraseDetector();
    assertEquals(phrases.getMinCount(), cleanup.phraseMinCount());
    assertEquals(phrases.getThreshold(), cleanup.phraseThreshold());
    NearDuplicateDetector dedup = new NearDuplicateDetector();
    assertEquals(dedup.getThreshold(), cleanup.dedup().threshold());
    assertEquals(dedup.getShingleSize(), cleanup.dedup().shingleSize());
    assertEquals(dedup.getBands(), cleanup.dedup().bands());
    assertEquals(dedup.getRows(), cleanup.dedup().rows());
    FrenchNewsTokenizer tokenizer = new FrenchNewsTokenizer();
    assertEquals(tokenizer.getStemmer(), config.analysis().stemmer().name().toLowerCase(java.util.Locale.ROOT));
    assertEquals(tokenizer.getMinTokenLength(), config.analysis().minTokenLength());
  }

  /** Exit 2 and, first on stderr, the one line naming the option; nothing runs or is written. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "tune  | --overwrite",
    "tune  | --top-words 5",
    "tune  | --top-articles 2",
    "tune  | --article-keywords 3",
    "tune  | --corpus-keywords 9",
    "infer | --topics 5",
    "infer | --mode strict",
    "infer | --checkpoint-dir cp",
    "infer | --stemmer none",
    "infer | --boilerplate false",
    "infer | --no-dedup",
    "infer | --vocab-size 10",
    "infer | --iterations 5",
    "infer | --relevance-lambda 0.3",
    "infer | --stability",
    "infer | --labels labels.txt",
    "tune  | --labels labels.txt",
    "tune  | --seed-words seeds.txt",
    "infer | --seed-words seeds.txt",
  })
  void anOptionTheCommandDoesNotUseIsAUsageError(String command, String option) {
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(List.of(option.split(" ")));
    if (command.equals("infer")) {
      args.addAll(List.of("--model", dir.resolve("model").toString(), "--input", in.toString()));
    }
    args.addAll(List.of("--output", out.toString()));
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
        args.toArray(new String[0]));
    assertEquals(ExitCodes.USAGE, code, err.toString());
    String first = err.toString().lines().findFirst().orElse("");
    String name = option.split(" ")[0];
    assertTrue(first.startsWith("Unknown option") && first.contains("'" + name + "'"), first);
    assertFalse(err.toString().contains("\tat "), "a stack trace for " + args);
    assertFalse(Files.exists(out));
  }

  /** A bad labels file: exit 2 before Spark starts, one line naming the file, the line and the problem. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "1: Kim\\n3 Réforme                | labels.txt, line 2: expected ID: NAME",
    "2: Kim\\n\\n2: Poutine          | labels.txt, line 3: topic 2 is already named on line 1",
    "0: Kim                          | labels.txt, line 1: topic ids start at 1, got 0",
    "# comment\\n4:                  | labels.txt, line 2: topic 4: the name is empty",
    "1: Kim\\n5: Poutine             | labels.txt, line 2: topic 5 does not exist: the topics are 1..3",
  })
  void aBadLabelsFileIsAUsageErrorNamingItsLine(String content, String expected) throws IOException {
    Path file = Files.writeString(dir.resolve("labels.txt"), content.replace("\\n", "\n"));
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "run",
        "--input", in.toString(), "--output", out.toString(), "--topics", "3", "--labels", file.toString());
    assertEquals(ExitCodes.USAGE, code, err.toString());
    String first = err.toString().lines().findFirst().orElse("");
    assertTrue(first.startsWith(file + ", line ") && first.contains(expected.substring("labels.txt".length())),
        first);
    assertFalse(err.toString().contains("\tat "));
    assertFalse(Files.exists(out));
  }

  @Test
  void aLabelsFileThatIsNotUtf8OrIsMissingIsAUsageError() throws IOException {
    Path latin1 = Files.write(dir.resolve("latin1.txt"), "3: R\u00e9forme".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    for (Path file : List.of(latin1, dir.resolve("absent.txt"))) {
      StringWriter err = new StringWriter();
      int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "run",
          "--input", in.toString(), "--output", out.toString(), "--labels", file.toString());
      assertEquals(ExitCodes.USAGE, code, err.toString());
      String first = err.toString().lines().findFirst().orElse("");
      assertTrue(first.contains(file.toString()) && (first.contains("not UTF-8") || first.contains("cannot read")), first);
    }
  }
}
