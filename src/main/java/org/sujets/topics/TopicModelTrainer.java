package org.sujets.topics;

import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sujets.config.LdaConfig;
import org.sujets.config.LdaOptimizer;
import org.sujets.config.LdaStart;

/** Fits Spark MLlib LDA with a run's resolved settings. */
public final class TopicModelTrainer {
  /** Output column of per-article topic distributions (vector of size k). */
  public static final String TOPIC_DISTRIBUTION = "topicDistribution";

  private final LdaConfig config;
  private final SeedTerms seeds;

  /** @param config resolved settings: topics and iterations set */
  public TopicModelTrainer(LdaConfig config) {
    this(config, SeedTerms.none());
  }

  /**
   * @param config resolved settings: topics and iterations set; online with the seeded start when
   *     {@code seeds} is not empty
   * @param seeds guided topics: LDA topics 0..n−1 (see {@link SeededOnlineLda#fit(LDA, Dataset,
   *     SeededOnlineLda.Seeding, SeedTerms)})
   */
  public TopicModelTrainer(LdaConfig config, SeedTerms seeds) {
    this.config = config;
    this.seeds = seeds;
    if (!seeds.isEmpty() && (config.optimizer() != LdaOptimizer.ONLINE || config.start() == LdaStart.RANDOM)) {
      throw new IllegalArgumentException("guided topics need online LDA with the seeded start");
    }
  }

  /** The unfitted estimator, every param set. */
  public LDA estimator(String featuresCol) {
    LDA lda =
        new LDA()
            .setFeaturesCol(featuresCol)
            .setTopicDistributionCol(TOPIC_DISTRIBUTION)
            .setK(config.topics())
            .setMaxIter(config.iterations())
            .setSeed(config.seed())
            .setOptimizer(config.optimizer().sparkName());
    if (config.docConcentration() != null) {
      lda.setDocConcentration(config.docConcentration());
    }
    if (config.topicConcentration() != null) {
      lda.setTopicConcentration(config.topicConcentration());
    }
    if (config.optimizer() == LdaOptimizer.ONLINE) {
      lda.setSubsamplingRate(config.subsamplingRate())
          .setLearningOffset(config.learningOffset())
          .setLearningDecay(config.learningDecay())
          // A given --alpha is kept as given; otherwise online LDA learns α from the data.
          .setOptimizeDocConcentration(config.docConcentration() == null);
    } else {
      // EM keeps a graph per iteration; checkpoint it so lineage (and shuffle files) stay bounded.
      lda.setCheckpointInterval(10).setKeepLastCheckpoint(true);
    }
    return lda;
  }

  /**
   * Fits LDA. {@code articles} should be persisted and hold no empty vector (Spark's LDA does not
   * use empty documents; the caller filters them). With EM a checkpoint directory must be set.
   * Online with a seeded start: see {@link SeededOnlineLda} (an ordinary LocalLDAModel all the same).
   *
   * <p>WARNING: a seeded start collects a bounded sample of articles (at most 20,000) to the driver.
   */
  public LDAModel fit(Dataset<Row> articles, String featuresCol) {
    // Fitting a projection rather than the persisted articles: Spark's online LDA persists the
    // vectors it iterates over only when its input is not persisted itself; given the persisted
    // articles it would decode, validate and convert every article's vector at every iteration.
    // SeededOnlineLda does the same.
    Dataset<Row> vectors = articles.select(featuresCol);
    LDA lda = estimator(featuresCol);
    if (config.optimizer() == LdaOptimizer.ONLINE && config.start() != LdaStart.RANDOM) {
      return SeededOnlineLda.fit(lda, vectors, SeededOnlineLda.Seeding.defaults(lda.getK()), seeds);
    }
    return lda.fit(vectors);
  }
}
