package org.sujets.topics;

import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.mllib.clustering.LocalLDAModel;
import org.apache.spark.mllib.linalg.DenseMatrix;
import org.apache.spark.mllib.linalg.SparseVector;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.mllib.linalg.Vectors;
import org.apache.spark.rdd.RDD;
import scala.Tuple2;

/**
 * Online variational Bayes for LDA (Hoffman, Blei and Bach 2010), the loop of Spark's {@code
 * OnlineLDAOptimizer} written on arrays: the same mini-batches (sampled with replacement from the
 * same seeds), the same expectation step per article ({@link DocumentInference}), the same λ and α
 * updates, the same {@link LocalLDAModel} at the end. What differs is the arithmetic's speed: Spark
 * evaluates it with breeze's generic operators, boxed slices and commons-math's digamma (82 % of
 * the executors' LDA samples in a profile, digamma alone 37 %; the driver's λ update, 1.2 million
 * digammas at k = 20 and 60,000 words, left the executors idle between iterations), and runs a
 * job per iteration to check that the sample is not empty. Results agree with Spark's to 1e-7, not
 * bit for bit: the sums run in another order and commons-math's digamma is off by up to 3e-9.
 *
 * <p>State lives on the driver: λ (k × vocabulary, as in Spark) and α. Each {@link #step} runs one
 * Spark job; what comes back is one k × vocabulary array per partition (sparse when its articles
 * used few words: {@link MiniBatchStats}), tree-aggregated in partition order ({@link
 * InOrderMerge}), so that a run reproduces itself bit for bit whatever order its tasks finish in.
 * {@link #run} takes the steps on the driver instead for a small corpus in full batches.
 */
final class OnlineLda {
  /** Shape of the Gamma(shape, 1/shape) draws that start γ; Spark's default, which ml.LDA keeps. */
  static final double GAMMA_SHAPE = 100;
  /**
   * Up to this many articles in full batches, {@link #run} steps on the driver (see there): a few
   * MB of term vectors, in one to four partitions, whose expectation steps run in parallel there.
   */
  static final long DRIVER_ARTICLES = 2_000;

  private final int k;
  private final int vocab;
  private final long corpusSize;
  private final double fraction;
  private final double tau0;
  private final double kappa;
  private final boolean learnAlpha;
  private final double eta;
  /** η's asymmetric part: extra prior on a few (topic, word) cells (guided topics' seed words). */
  private final TopicWordBoost boost;
  /** Word-major: λ_tw at {@code w * k + t} (breeze's column-major k × vocabulary layout). */
  private final double[] lambda;
  private final double[] alpha;
  private final Random random;
  private int iteration;
  /** Word-major prior that replaces η in the λ update, or null for η everywhere (see {@link #continueFrom}). */
  private double[] prior;

  /**
   * @param lambda the starting λ, word-major (copied)
   * @param random the generator the mini-batch seeds come from (Spark's: {@code new
   *     java.util.Random(seed)}, after the draw that made the random start)
   */
  OnlineLda(double[] lambda, double[] alpha, double eta, long corpusSize, double fraction, double tau0,
      double kappa, boolean learnAlpha, Random random) {
    this(lambda, alpha, eta, TopicWordBoost.none(), corpusSize, fraction, tau0, kappa, learnAlpha, random);
  }

  /**
   * With an asymmetric prior: η on every cell plus {@code boost} on its cells. The boost enters
   * each λ update as η does (λ's fixed point is the expected counts plus the prior).
   */
  OnlineLda(double[] lambda, double[] alpha, double eta, TopicWordBoost boost, long corpusSize, double fraction,
      double tau0, double kappa, boolean learnAlpha, Random random) {
    this.k = alpha.length;
    this.boost = boost;
    this.vocab = lambda.length / k;
    this.lambda = lambda.clone();
    this.alpha = alpha.clone();
    this.eta = eta;
    this.corpusSize = corpusSize;
    this.fraction = fraction;
    this.tau0 = tau0;
    this.kappa = kappa;
    this.learnAlpha = learnAlpha;
    this.random = random;
  }

  /**
   * The loop Spark's {@code optimizer} would run after {@code initialize}, from λ = {@code lambda}
   * (word-major; Spark's random start or a seeded one) and {@code optimizer}'s α, η and learning
   * settings. {@code seed} is the LDA seed: the mini-batch seeds follow Spark's sequence.
   */
  static OnlineLda after(org.apache.spark.mllib.clustering.OnlineLDAOptimizer optimizer, double[] lambda,
      long corpusSize, long seed) {
    return after(optimizer, lambda, TopicWordBoost.none(), corpusSize, seed);
  }

  /** {@link #after(org.apache.spark.mllib.clustering.OnlineLDAOptimizer, double[], long, long)} with η boosted on {@code boost}'s cells. */
  static OnlineLda after(org.apache.spark.mllib.clustering.OnlineLDAOptimizer optimizer, double[] lambda,
      TopicWordBoost boost, long corpusSize, long seed) {
    Random random = new Random(seed);
    random.nextLong(); // the draw Spark's initialize made for its random start
    return new OnlineLda(lambda, optimizer.getAlpha().toArray(), optimizer.getEta(), boost, corpusSize,
        optimizer.getMiniBatchFraction(), optimizer.getTau0(), optimizer.getKappa(),
        optimizer.getOptimizeDocConcentration(), random);
  }

  /**
   * {@code docs} in at most two partitions per core, neighbours merged without a shuffle: every
   * iteration runs a task per partition and merges one topic-by-vocabulary array per task, so a
   * million articles in their 54 partitions of the reading stage spent more of each step on 61
   * tasks and the merge's shuffle than on the articles. On a cluster with as many cores as
   * partitions nothing changes. Like the layout itself (docs/cluster.md), the result then depends
   * on the number of cores.
   */
  static RDD<Tuple2<Object, Vector>> forIterations(RDD<Tuple2<Object, Vector>> docs) {
    int most = 2 * docs.sparkContext().defaultParallelism();
    return docs.getNumPartitions() > most ? docs.toJavaRDD().coalesce(most).rdd() : docs;
  }

  /**
   * Runs {@code iterations} {@link #step}s on {@code docs}. A small corpus fitted in full batches
   * (at most {@value #DRIVER_ARTICLES} articles, fraction 1) is collected once and its steps run on
   * the driver, partition by partition with the same seeds and merged in the same order: the same
   * λ bit for bit, without a Spark job per iteration, whose scheduling cost more than the work.
   *
   * <p>WARNING: then collects the (at most {@value #DRIVER_ARTICLES}) articles' vectors.
   */
  void run(RDD<Tuple2<Object, Vector>> docs, int iterations) {
    if (fraction >= 1.0 && corpusSize <= DRIVER_ARTICLES) {
      // Named so that LdaProgressListener does not take this job for an iteration's.
      docs.sparkContext().setCallSite("articles for the driver's LDA steps");
      List<List<Tuple2<Object, Vector>>> partitions;
      try {
        partitions = docs.toJavaRDD().glom().collect();
      } finally {
        docs.sparkContext().clearCallSite();
      }
      for (int i = 0; i < iterations; i++) {
        stepOnDriver(partitions);
        docs.sparkContext().listenerBus().post(new LdaDriverStep(i + 1));
      }
    } else {
      for (int i = 0; i < iterations; i++) {
        step(docs);
      }
    }
  }

  /** {@link #step} over a full batch held on the driver, one list per partition of the RDD. */
  void stepOnDriver(List<List<Tuple2<Object, Vector>>> partitions) {
    double[] expElogbeta = expElogbeta(lambda, k);
    long seed = random.nextLong();
    double[] alphaNow = alpha.clone();
    // The partitions in parallel, as the executors would run them; merged in their order below.
    List<MiniBatchStats> partials = java.util.stream.IntStream.range(0, partitions.size()).parallel()
        .mapToObj(index -> expectation(partitions.get(index).iterator(), expElogbeta, alphaNow, seed + index, vocab,
            learnAlpha))
        .toList();
    update(InOrderMerge.mergeOnDriver(partials, new MiniBatchStats(null, null, 0), MiniBatchStats::merge),
        expElogbeta);
  }

  /**
   * One iteration: a mini-batch of {@code docs} (all of them when the fraction is 1), its
   * expectation step on the executors, then λ (and α) updated on the driver. An empty batch
   * changes nothing.
   */
  void step(RDD<Tuple2<Object, Vector>> docs) {
    RDD<Tuple2<Object, Vector>> batch =
        fraction >= 1.0 ? docs : docs.sample(true, fraction, random.nextLong());
    double[] expElogbeta = expElogbeta(lambda, k);
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(docs.sparkContext());
    Broadcast<double[]> topics = sc.broadcast(expElogbeta);
    // Locals for the closure, so that it does not capture this (λ would travel with every task).
    double[] alphaNow = alpha.clone();
    long seed = random.nextLong();
    boolean logphat = learnAlpha;
    int words = vocab;
    MiniBatchStats sums;
    // Names the iteration's stages after this class, as LdaProgressListener counts them (the
    // merge's RDDs and job would otherwise be named after InOrderMerge).
    sc.setCallSite("step at OnlineLda.java");
    try {
      JavaRDD<MiniBatchStats> partials = batch.toJavaRDD().mapPartitionsWithIndex(
          (index, rows) -> List.of(expectation(rows, topics.value(), alphaNow, seed + index, words, logphat)).iterator(),
          false);
      // In partition order, not treeAggregate's order of arrival: the same sums, bit for bit, in
      // every run and after a lost executor's tasks are run again (see InOrderMerge).
      sums = InOrderMerge.merge(partials, new MiniBatchStats(null, null, 0), MiniBatchStats::merge);
    } finally {
      sc.clearCallSite();
      topics.destroy();
    }
    update(sums, expElogbeta);
  }

  /** λ (and α) moved toward what a mini-batch's sums imply; an empty batch changes nothing. */
  private void update(MiniBatchStats sums, double[] expElogbeta) {
    if (sums.articles == 0) {
      return;
    }
    iteration++;
    double[] stat = sums.dense();
    double weight = Math.pow(tau0 + iteration, -kappa);
    double scale = corpusSize / (double) (int) Math.ceil(fraction * corpusSize);
    for (int i = 0; i < lambda.length; i++) {
      double batchResult = stat[i] * expElogbeta[i];
      lambda[i] = (1 - weight) * lambda[i] + weight * (batchResult * scale + (prior == null ? eta : prior[i]));
    }
    boost.addTo(lambda, k, weight);
    if (learnAlpha) {
      updateAlpha(sums.logphat, sums.articles, weight);
    }
  }

  /**
   * Continues a finished fit on new articles: the step numbering goes on after {@code iterationsDone}
   * (so the learning rate picks up where it stopped), and {@code prior} (word-major, k × vocabulary)
   * takes η's place in the λ update: the saved λ as the prior of the new articles, as in streaming
   * variational Bayes (Broderick et al. 2013), so that what the earlier articles taught is kept
   * rather than forgotten at the rate's pace.
   */
  void continueFrom(int iterationsDone, double[] prior) {
    if (prior.length != lambda.length) {
      throw new IllegalArgumentException("prior has " + prior.length + " cells, λ " + lambda.length);
    }
    this.iteration = iterationsDone;
    this.prior = prior.clone();
  }

  /** Steps that changed λ so far, those before {@link #continueFrom} included. */
  int iterations() {
    return iteration;
  }

  /** The fitted model, as Spark's {@code OnlineLDAOptimizer.getLDAModel} builds it. */
  LocalLDAModel model() {
    DenseMatrix topicsByWord = new DenseMatrix(k, vocab, lambda.clone());
    return new LocalLDAModel(topicsByWord.transpose(), Vectors.dense(alpha.clone()), eta, GAMMA_SHAPE)
        .setSeed(random.nextLong());
  }

  /** exp(E[log β]) = exp(ψ(λ_tw) − ψ(Σ_w λ_tw)) of a word-major λ with k topics, word-major too. */
  static double[] expElogbeta(double[] lambda, int k) {
    int vocab = lambda.length / k;
    double[] digammaRowSum = new double[k];
    for (int w = 0; w < vocab; w++) {
      for (int t = 0; t < k; t++) {
        digammaRowSum[t] += lambda[w * k + t];
      }
    }
    for (int t = 0; t < k; t++) {
      digammaRowSum[t] = Digamma.of(digammaRowSum[t]);
    }
    double[] out = new double[lambda.length];
    for (int w = 0; w < vocab; w++) {
      for (int t = 0; t < k; t++) {
        out[w * k + t] = Math.exp(Digamma.of(lambda[w * k + t]) - digammaRowSum[t]);
      }
    }
    return out;
  }

  /** One task's expectation step over its articles (empty ones skipped, as Spark does). */
  private static MiniBatchStats expectation(Iterator<Tuple2<Object, Vector>> rows, double[] expElogbeta,
      double[] alpha, long seed, int vocab, boolean learnAlpha) {
    int k = alpha.length;
    // Spark draws γ's start from the same seed for every article of a task.
    DocumentInference inference = new DocumentInference(expElogbeta, alpha, startGamma(k, GAMMA_SHAPE, seed));
    double[] stat = null;
    BitSet touched = new BitSet(vocab);
    double[] logphat = learnAlpha ? new double[k] : null;
    long articles = 0;
    while (rows.hasNext()) {
      Vector v = rows.next()._2();
      if (v.numNonzeros() == 0) {
        continue;
      }
      if (stat == null) {
        stat = new double[k * vocab];
      }
      if (v instanceof SparseVector sparse) {
        inference.accumulate(sparse.indices(), sparse.values(), sparse.indices().length, stat, logphat);
        for (int id : sparse.indices()) {
          touched.set(id);
        }
      } else {
        double[] values = v.toArray();
        inference.accumulate(inference.allIds(values.length), values, values.length, stat, logphat);
        touched.set(0, values.length);
      }
      articles++;
    }
    return MiniBatchStats.of(stat, touched, k, articles == 0 ? null : logphat, articles);
  }

  /** γ's start: k draws of Gamma(shape, 1/shape), as Spark makes them from {@code seed}. */
  static double[] startGamma(int k, double shape, long seed) {
    breeze.stats.distributions.RandBasis basis =
        new breeze.stats.distributions.RandBasis(new MersenneTwister(seed));
    breeze.stats.distributions.Gamma gamma =
        new breeze.stats.distributions.Gamma(shape, 1.0 / shape, basis);
    double[] start = new double[k];
    for (int t = 0; t < k; t++) {
      start[t] = gamma.draw$mcD$sp();
    }
    return start;
  }

  /** Spark's Newton step on α (Huang, "Maximum likelihood estimation of Dirichlet distribution parameters"). */
  private void updateAlpha(double[] logphatSum, long articles, double weight) {
    double n = articles;
    double[] expected = new double[k];
    DocumentInference.expectLogTheta(alpha, expected, false);
    double sumAlpha = 0;
    for (double a : alpha) {
      sumAlpha += a;
    }
    double[] gradf = new double[k];
    double[] q = new double[k];
    double sumGradOverQ = 0;
    double sumInvQ = 0;
    for (int t = 0; t < k; t++) {
      gradf[t] = n * (-expected[t] + logphatSum[t] / n);
      q[t] = -n * Gamma.trigamma(alpha[t]);
      sumGradOverQ += gradf[t] / q[t];
      sumInvQ += 1 / q[t];
    }
    double c = n * Gamma.trigamma(sumAlpha);
    double b = sumGradOverQ / (1 / c + sumInvQ);
    double[] next = new double[k];
    for (int t = 0; t < k; t++) {
      next[t] = alpha[t] + weight * (-(gradf[t] - b) / q[t]);
      if (!(next[t] > 0)) {
        return;
      }
    }
    System.arraycopy(next, 0, alpha, 0, k);
  }
}
