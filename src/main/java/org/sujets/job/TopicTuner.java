package org.sujets.job;

import static org.apache.spark.sql.functions.col;

import org.sujets.features.TextColumns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sujets.config.JobConfig;
import org.sujets.config.LdaConfig;
import org.sujets.config.TopicSweep;
import org.sujets.storage.Folder;
import org.sujets.topics.WeightedWord;
import org.sujets.topics.FittedTopics;
import org.sujets.topics.QualityFigures;
import org.sujets.topics.SeedStability;
import org.sujets.topics.SeedTerms;
import org.sujets.topics.WordDistributions;
import org.sujets.topics.TopicModelTrainer;
import org.sujets.topics.TopicQuality;

/**
 * Compares numbers of topics on one corpus: reads and prepares the text once, as a run does
 * (term counts persisted), holds out 10% of the articles, then fits each k on the rest and
 * measures coherence, diversity, held-out log-perplexity and, optionally, seed stability.
 *
 * <p>Recommendation rule: the k with the highest topic quality = mean NPMI coherence × topic
 * diversity (Dieng, Ruiz and Blei 2020), ties to the smaller k. Coherence alone favours few broad
 * topics whose top words repeat each other; diversity alone favours many thin topics; their
 * product rewards topics that are both coherent and distinct. Perplexity is reported but not used:
 * it keeps improving with k and correlates poorly with what people judge (Chang et al. 2009).
 */
public final class TopicTuner {
  /** Share of articles held out for log-perplexity. */
  public static final double HELD_OUT = 0.1;
  public static final String RULE =
      "highest coherence × diversity (Dieng et al. 2020 topic quality), ties to the smaller k";

  private final SparkSession spark;
  private final JobProgress progress;

  public TopicTuner(SparkSession spark, JobProgress progress) {
    this.spark = spark;
    this.progress = progress;
  }

  /**
   * Runs {@code sujets tune}: reads and prepares the text exactly as {@code run} does (the same
   * pipeline: boilerplate, analysis, phrases, near-duplicates, vocabulary), then {@link #sweep}s
   * on the articles a run's LDA would fit.
   *
   * @param config input, analysis, clean-up, vocabulary and LDA settings (its topics are ignored)
   * @param ks the numbers of topics to compare (see {@link TopicSweep#fitting(long)})
   * @param stability also fit each k with seed + 1 and report the matched similarity
   * @param scratch a folder whose {@code _checkpoints} holds the checkpoints, unless the output
   *     settings choose a checkpoint directory (deleted at the end either way)
   */
  public TuneResult tune(JobConfig config, TopicSweep ks, boolean stability, Folder scratch) {
    try (CheckpointDir checkpoints = CheckpointDir.open(spark.sparkContext(), config.output().checkpointDir(), scratch);
        Persisted persisted = new Persisted()) {
      StageClock clock = new StageClock(progress);
      ReadArticles input = ReadArticles.read(spark, config.input(), config.lda(), clock, persisted);
      PreparedText text = new TextPreparation(clock, persisted).fit(
          TextPipeline.declare(config.analysis(), config.cleanup(), config.vocabulary()), input.texts(),
          config.vocabulary(), Optional.empty(), input.release());
      return sweep(text.fitInput(persisted), text.readable(), config.lda(), ks, stability,
          config.quality().relevanceLambda());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // no file is written without a duplicates.csv folder
    }
  }

  /**
   * Holds out 10% of the articles and fits each k of the sweep on the rest, measuring coherence,
   * diversity, held-out log-perplexity and, optionally, seed stability. Shared by {@code tune}
   * and {@code run --topics auto}, which pass the term counts of their own analysis.
   *
   * @param tf one row per article with at least one vocabulary term, column {@link TextColumns#TF}
   * @param readable the word shown for each vocabulary index
   * @param lda LDA settings; its topics are ignored
   * @param relevanceLambda λ of the words that label each topic
   */
  public TuneResult sweep(Dataset<Row> tf, String[] readable, LdaConfig lda, TopicSweep ks, boolean stability,
      double relevanceLambda) {
    return sweep(tf, readable, lda, ks, stability, relevanceLambda, SeedTerms.none());
  }

  /**
   * {@link #sweep(Dataset, String[], LdaConfig, TopicSweep, boolean, double)} with guided topics
   * ({@code run --topics auto --seed-words}): each k is fitted with them, and a k smaller than
   * their number is left out of the sweep.
   *
   * @throws IllegalArgumentException when no k of the sweep holds the guided topics
   */
  public TuneResult sweep(Dataset<Row> tf, String[] readable, LdaConfig lda, TopicSweep ks, boolean stability,
      double relevanceLambda, SeedTerms guided) {
    try (Persisted persisted = new Persisted()) {
      return fitEach(tf.select(col(TextColumns.TF)), readable, lda, ks, stability, relevanceLambda, guided,
          persisted);
    }
  }

  private TuneResult fitEach(Dataset<Row> tf, String[] readable, LdaConfig config, TopicSweep sweep,
      boolean stability, double relevanceLambda, SeedTerms guided, Persisted persisted) {
    long t0 = System.nanoTime();
    progress.stageStarted("held out");
    Dataset<Row>[] split = tf.randomSplit(new double[] {1 - HELD_OUT, HELD_OUT}, config.seed());
    Dataset<Row> train = persisted.keep(split[0]);
    Dataset<Row> heldOut = persisted.keep(split[1]);
    long trainCount = train.count();
    long heldOutCount = heldOut.count();
    if (trainCount < 2) {
      throw new IllegalArgumentException("only " + trainCount + " article(s) to fit after holding out 10%");
    }
    List<Integer> ks = sweep.fitting(trainCount).stream().filter(k -> k >= guided.count()).toList();
    if (ks.isEmpty()) {
      throw new IllegalArgumentException("--topics auto: every k of the sweep (" + sweep.fitting(trainCount)
          + ") is below the " + guided.count() + " guided topics of --seed-words; sweep larger values, e.g. auto:"
          + guided.count() + "," + 2 * guided.count());
    }
    progress.stageFinished("held out", seconds(t0), trainCount + " articles fitted, " + heldOutCount
        + " held out; k = " + ks.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")));

    List<TuneResult.Entry> entries = new ArrayList<>();
    for (int k : ks) {
      long start = System.nanoTime();
      String stage = "k=" + k;
      progress.stageStarted(stage);
      LdaConfig lda = withTopics(config, k, config.seed()).resolve(trainCount);
      LDAModel model = new TopicModelTrainer(lda, guided).fit(train, TextColumns.TF);
      int[] identity = new int[k];
      for (int t = 0; t < k; t++) {
        identity[t] = t;
      }
      TopicQuality quality = TopicQuality.measure(model, train, TextColumns.TF, identity, relevanceLambda, 3);
      Double perplexity = heldOutCount > 0 ? model.logPerplexity(heldOut) : null;
      Double similarity = null;
      if (stability) {
        LDAModel second =
            new TopicModelTrainer(withTopics(lda, k, lda.seed() + 1), guided).fit(train, TextColumns.TF);
        similarity = SeedStability.match(quality.distributions(), WordDistributions.of(second)).mean();
      }
      List<String> labels = new ArrayList<>();
      for (int t = 0; t < k; t++) {
        List<WeightedWord> words = QualityFigures.words(quality, t, readable);
        labels.add(FittedTopics.label(words));
      }
      double secs = seconds(start);
      entries.add(new TuneResult.Entry(k, quality.meanCoherence(), quality.diversity(),
          quality.meanCoherence() * quality.diversity(), perplexity, similarity, secs, labels));
      progress.stageFinished(stage, secs, String.format(java.util.Locale.ROOT,
          "coherence %.3f, diversity %.2f, log-perplexity %s%s", quality.meanCoherence(), quality.diversity(),
          perplexity == null ? "-" : String.format(java.util.Locale.ROOT, "%.3f", perplexity), similarity == null ? "" : String.format(java.util.Locale.ROOT, ", stability %.3f", similarity)));
    }
    return new TuneResult(trainCount, heldOutCount, readable.length, recommend(entries), RULE, entries);
  }

  /** The k with the highest coherence × diversity; ties to the smaller k. */
  static int recommend(List<TuneResult.Entry> entries) {
    TuneResult.Entry best = null;
    for (TuneResult.Entry e : entries) {
      if (best == null || e.topicQuality() > best.topicQuality()
          || (e.topicQuality() == best.topicQuality() && e.k() < best.k())) {
        best = e;
      }
    }
    return best == null ? 0 : best.k();
  }

  /** The same settings with {@code k} topics and {@code seed}, still unresolved where they were. */
  public static LdaConfig withTopics(LdaConfig lda, int k, long seed) {
    return new LdaConfig(k, lda.iterations(), lda.optimizer(), seed, lda.docConcentration(),
        lda.topicConcentration(), lda.subsamplingRate(), lda.learningOffset(), lda.learningDecay(),
        lda.start());
  }

  private static double seconds(long start) {
    return Math.round((System.nanoTime() - start) / 1e7) / 100.0;
  }
}
