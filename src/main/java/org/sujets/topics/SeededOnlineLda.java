package org.sujets.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LocalLDAModel;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.mllib.clustering.OnlineLDAOptimizer;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Spark's online LDA started from topics seeded by the data instead of Spark's near-uniform random
 * start; the result is an ordinary {@link LocalLDAModel}, so saving, {@code infer} and everything
 * downstream are unchanged.
 *
 * <p>Why: Spark draws the initial topic-word weights λ from Gamma(100, 1/100), i.e. topics that are
 * almost uniform and almost alike. The first mini-batches then decide which topic takes which
 * subject, a race that some topics lose for good (they end near-empty) while others keep two
 * subjects merged (synthetic corpus with 20 known topics: 2 dead topics, 2 merged pairs). Here
 * each topic starts from a spherical k-means centroid of a bounded sample of articles (k-means++
 * seeding, a few Lloyd rounds), blended into the random start: the topics start distinct and on
 * subjects that exist.
 *
 * <p>Spark internals: {@code OnlineLDAOptimizer.initialize/getLambda}, {@code
 * ml.clustering.LDA.getOldOptimizer/getOldDocConcentration/getOldTopicConcentration} and the
 * {@code ml.clustering.LocalLDAModel(uid, vocabSize, oldModel, session)} constructor are
 * package-private in Scala but public in bytecode; with {@link OnlineLda} (the optimizer's getters,
 * the {@code mllib.clustering.LocalLDAModel} constructor) and {@link TopicDistributions} ({@code
 * oldLocalModel}, {@code gammaShape}), the only classes that use such members. It replays {@code
 * ml.clustering.LDA.fit} and {@code mllib.clustering.LDA.run}: Spark's {@code initialize}, then
 * the seeded λ and {@link OnlineLda}'s iterations. Checked against Spark 4.1.0 (the loop and the
 * conversions are the same since Spark 2.0).
 */
public final class SeededOnlineLda {
  private SeededOnlineLda() {}

  /** Beyond this many k × vocabulary cells the k-means centres would cost too much driver memory. */
  static final long MAX_CELLS = 20_000_000L;

  /**
   * How the start is computed (bench/quality/sweep.sh seedsonly=true, synthetic corpora with 20
   * known topics: the seeded start alone recovers 0.985–1.0 of the true top words with these
   * settings over 6 seeds at 20k articles, 0.995 at 100k; 0.88–0.95 with a 1,000-article sample
   * and one k-means run; it takes 3–5 s on the driver for k = 20).
   *
   * @param sampleSize articles sampled for k-means: 250 per topic, between 5,000 and 20,000
   * @param lloydRounds spherical k-means rounds after the k-means++ seeding: 10
   * @param massPerWord weight of the seeded topic added to Spark's random start, per vocabulary
   *     word (Spark's start weighs ≈ 1 per word, so 1 = as much as the random start): 1. The
   *     result barely depends on it (0.2 and 1 give the same topics): what matters is that the
   *     first expectation step sees distinct topics.
   * @param trials k-means++ draws per centre, the one lowering the total distance most kept: 4
   * @param restarts independent k-means runs, the one with the lowest total distance kept: 10
   *     (100k-article synthetic corpus: 0.925 with 5, one cluster merging two topics; 0.995 with
   *     10; the start's recovery is the fitted model's, LDA keeps what it is given)
   */
  public record Seeding(int sampleSize, int lloydRounds, double massPerWord, int trials, int restarts) {
    /** The measured settings for {@code k} topics. */
    public static Seeding defaults(int k) {
      return new Seeding((int) Math.min(20_000, Math.max(5_000, 250L * k)), 10, 1.0, 4, 10);
    }
  }

  /** Fits with {@link Seeding#defaults(int)}. */
  public static LocalLDAModel fit(LDA lda, Dataset<Row> articles) {
    return fit(lda, articles, Seeding.defaults(lda.getK()));
  }

  /**
   * Fits {@code lda} (optimizer "online") on {@code articles}, seeding λ as described above.
   *
   * <p>WARNING: collects a random sample of at most {@code seeding.sampleSize()} articles' term
   * vectors to the driver (bounded, not proportional to the corpus); λ itself (k × vocabulary) is
   * on the driver as in Spark's own online LDA.
   */
  public static LocalLDAModel fit(LDA lda, Dataset<Row> articles, Seeding seeding) {
    return fit(lda, articles, seeding, SeedTerms.none());
  }

  /**
   * Fits as {@link #fit(LDA, Dataset, Seeding)} with guided topics: LDA topics 0..n−1 start from
   * the k-means cluster around their seed terms and keep a larger η on them ({@link SeedTerms});
   * the other topics start and stay as without guidance. Guided fits count the corpus's tokens
   * first (one more Spark job), the unit of the prior boost.
   */
  public static LocalLDAModel fit(LDA lda, Dataset<Row> articles, Seeding seeding, SeedTerms seeds) {
    if (seeds.count() > lda.getK()) {
      throw new IllegalArgumentException(seeds.count() + " guided topics but k = " + lda.getK());
    }
    String features = lda.getFeaturesCol();
    RDD<Tuple2<Object, org.apache.spark.mllib.linalg.Vector>> docs = OnlineLda.forIterations(oldDocuments(articles, features));
    // The optimizer samples the data every iteration: keep the converted vectors rather than
    // decode and convert every article again each time (even when the articles are persisted).
    docs.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      OnlineLDAOptimizer optimizer = (OnlineLDAOptimizer) lda.getOldOptimizer();
      org.apache.spark.mllib.clustering.LDA old =
          new org.apache.spark.mllib.clustering.LDA()
              .setK(lda.getK())
              .setDocConcentration(
                  org.apache.spark.mllib.linalg.Vectors.fromML(lda.getOldDocConcentration()))
              .setTopicConcentration(lda.getOldTopicConcentration())
              .setMaxIterations(lda.getMaxIter())
              .setSeed(lda.getSeed())
              .setOptimizer(optimizer);
      optimizer.initialize(docs, old);
      breeze.linalg.DenseMatrix<Object> random = optimizer.getLambda();
      int k = lda.getK();
      int vocab = random.cols();
      double[][] start =
          (long) k * vocab > MAX_CELLS
              ? null
              : seededTopics(articles, features, k, vocab, lda.getSeed(), seeding, seeds);
      double[] lambda = startingLambda(random, start, start == null ? 0 : seeding.massPerWord() * vocab, k, vocab);
      TopicWordBoost boost = seeds.isEmpty() ? TopicWordBoost.none() : seeds.boost(k, tokens(docs));
      boost.addTo(lambda, k, 1.0); // λ holds its prior from the start, as after every update
      OnlineLda online = OnlineLda.after(optimizer, lambda, boost, docs.count(), lda.getSeed());
      online.run(docs, lda.getMaxIter());
      org.apache.spark.mllib.clustering.LocalLDAModel fitted = online.model();
      LocalLDAModel model =
          new LocalLDAModel(lda.uid(), fitted.vocabSize(), fitted, articles.sparkSession());
      lda.copyValues(model, ParamMap.empty());
      model.setParent(lda);
      return model;
    } finally {
      docs.unpersist(false);
    }
  }

  /** The articles as mllib's LDA takes them, ids as Spark's LDA.getOldDataset makes them (no Spark job). */
  private static RDD<Tuple2<Object, org.apache.spark.mllib.linalg.Vector>> oldDocuments(
      Dataset<Row> articles, String features) {
    return articles
        .select(monotonically_increasing_id(), col(features))
        .toJavaRDD()
        .map(r -> new Tuple2<Object, org.apache.spark.mllib.linalg.Vector>(
            r.getLong(0), org.apache.spark.mllib.linalg.Vectors.fromML((Vector) r.get(1))))
        .rdd();
  }

  /**
   * Spark's random start plus {@code mass} × the seeded topics (none when {@code start} is null),
   * word-major as OnlineLda keeps λ (Spark's random start is a transposed view: apply).
   */
  private static double[] startingLambda(breeze.linalg.DenseMatrix<Object> random, double[][] start, double mass,
      int k, int vocab) {
    double[] lambda = new double[k * vocab];
    for (int t = 0; t < k; t++) {
      for (int w = 0; w < vocab; w++) {
        lambda[t + w * k] = random.apply$mcD$sp(t, w) + (start == null ? 0 : mass * start[t][w]);
      }
    }
    return lambda;
  }

  /** The corpus's tokens (sum of every article's term counts): one Spark job. */
  private static double tokens(RDD<Tuple2<Object, org.apache.spark.mllib.linalg.Vector>> docs) {
    return docs.toJavaRDD().map(d -> {
      double sum = 0;
      for (double x : d._2().toSparse().values()) {
        sum += x;
      }
      return sum;
    }).fold(0.0, Double::sum);
  }

  /** {@link #seededTopics(Dataset, String, int, int, long, Seeding, SeedTerms)} without guided topics. */
  public static double[][] seededTopics(
      Dataset<Row> articles, String features, int k, int vocab, long seed, Seeding seeding) {
    return seededTopics(articles, features, k, vocab, seed, seeding, SeedTerms.none());
  }

  /**
   * k topic-word distributions (rows summing to 1): the mean word shares of the articles of each
   * cluster of a spherical k-means (cosine) on a random sample of articles; null when the sample
   * has fewer than k non-empty articles (Spark's random start is then kept). The first {@code
   * seeds.count()} centres are not drawn: each starts as the guided topic's seed terms, weighted
   * by the sampled articles that use them ({@link #guidedCentre}), so that its cluster is the
   * articles about its seed words.
   *
   * <p>WARNING: collects at most {@code seeding.sampleSize()} term vectors to the driver.
   */
  public static double[][] seededTopics(
      Dataset<Row> articles, String features, int k, int vocab, long seed, Seeding seeding, SeedTerms seeds) {
    long n = articles.count();
    double fraction = Math.min(1.0, 1.2 * seeding.sampleSize() / Math.max(1.0, n));
    // One Spark job: the sample is cut to size on the driver (about 1.2 × sampleSize rows arrive).
    List<Row> sampled = articles.select(col(features)).sample(false, fraction, seed).collectAsList();
    Sample sample = Sample.of(sampled.subList(0, Math.min(sampled.size(), seeding.sampleSize())));
    if (sample.size() < k) {
      return null;
    }
    Random random = new Random(seed);
    int[] member = null;
    double[][] centre = null;
    double bestCost = Double.MAX_VALUE;
    double[][] guided = new double[seeds.count()][];
    for (int g = 0; g < guided.length; g++) {
      guided[g] = guidedCentre(sample, seeds.terms().get(g), vocab);
    }
    for (int restart = 0; restart < Math.max(1, seeding.restarts()); restart++) {
      double[][] c = kMeansPlusPlus(sample.idx(), sample.unit(), k, vocab, random, seeding.trials(), guided);
      int[] mem = new int[sample.size()];
      double cost = lloyd(sample.idx(), sample.unit(), c, mem, vocab, seeding.lloydRounds());
      if (cost < bestCost) {
        bestCost = cost;
        member = mem;
        centre = c;
      }
    }
    return clusterMeans(sample, member, centre, k, vocab);
  }

  /**
   * The sampled articles with at least one term, sparse: term indices, the counts scaled to unit
   * length (for the cosine k-means) and to shares (for the topic start).
   */
  private record Sample(List<int[]> idx, List<double[]> unit, List<double[]> share) {
    static Sample of(List<Row> rows) {
      Sample sample = new Sample(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      for (Row r : rows) {
        SparseVector v = ((Vector) r.get(0)).toSparse();
        double sq = 0;
        double sum = 0;
        for (double x : v.values()) {
          sq += x * x;
          sum += x;
        }
        if (sum <= 0) {
          continue;
        }
        double norm = Math.sqrt(sq);
        double[] u = new double[v.values().length];
        double[] s = new double[v.values().length];
        for (int i = 0; i < u.length; i++) {
          u[i] = v.values()[i] / norm;
          s[i] = v.values()[i] / sum;
        }
        sample.idx().add(v.indices());
        sample.unit().add(u);
        sample.share().add(s);
      }
      return sample;
    }

    int size() {
      return idx.size();
    }
  }

  /** Topic start = mean word shares of the cluster's articles (a centre alone if it has none). */
  private static double[][] clusterMeans(Sample sample, int[] member, double[][] centre, int k, int vocab) {
    double[][] topics = new double[k][vocab];
    int[] size = new int[k];
    for (int d = 0; d < sample.size(); d++) {
      add(topics[member[d]], sample.idx().get(d), sample.share().get(d));
      size[member[d]]++;
    }
    for (int c = 0; c < k; c++) {
      double[] src = size[c] > 0 ? topics[c] : centre[c];
      double sum = 0;
      for (double x : src) {
        sum += x;
      }
      for (int w = 0; w < vocab; w++) {
        topics[c][w] = src[w] / sum;
      }
    }
    return topics;
  }

  /**
   * A guided topic's first centre (unit vector): the sampled articles that use its seed terms,
   * each weighted by the share of its (unit) vector on them, so that the centre is the seed words'
   * context rather than the seed words alone; the seed terms alone when no sampled article has one.
   */
  private static double[] guidedCentre(Sample sample, int[] seedTerms, int vocab) {
    double[] centre = new double[vocab];
    java.util.Set<Integer> seedSet = new java.util.HashSet<>();
    for (int w : seedTerms) {
      seedSet.add(w);
    }
    for (int d = 0; d < sample.size(); d++) {
      int[] idx = sample.idx().get(d);
      double[] unit = sample.unit().get(d);
      double onSeeds = 0;
      for (int i = 0; i < idx.length; i++) {
        if (seedSet.contains(idx[i])) {
          onSeeds += unit[i];
        }
      }
      for (int i = 0; onSeeds > 0 && i < idx.length; i++) {
        centre[idx[i]] += onSeeds * unit[i];
      }
    }
    for (int w : seedTerms) {
      centre[w] += 1e-9; // the seed terms alone when no article has them
    }
    double norm = 0;
    for (double x : centre) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    for (int w = 0; w < vocab; w++) {
      centre[w] /= norm;
    }
    return centre;
  }

  /**
   * k-means++ centres (unit vectors); each step keeps the best of {@code trials} D² draws. The
   * {@code fixed} centres (guided topics) come first and are not drawn.
   */
  private static double[][] kMeansPlusPlus(
      List<int[]> idx, List<double[]> unit, int k, int vocab, Random random, int trials, double[][] fixed) {
    int m = idx.size();
    double[][] centre = new double[k][];
    double[] dist = new double[m];
    int drawnFrom = Math.max(1, fixed.length);
    if (fixed.length == 0) {
      int first = random.nextInt(m);
      centre[0] = dense(idx.get(first), unit.get(first), vocab);
    }
    java.util.Arrays.fill(dist, Double.MAX_VALUE);
    for (int c = 0; c < drawnFrom; c++) {
      if (c < fixed.length) {
        centre[c] = fixed[c].clone();
      }
      for (int d = 0; d < m; d++) {
        dist[d] = Math.min(dist[d], Math.max(0, 2 - 2 * dot(idx.get(d), unit.get(d), centre[c])));
      }
    }
    for (int c = drawnFrom; c < k; c++) {
      double total = 0;
      for (double x : dist) {
        total += x;
      }
      double bestPotential = Double.MAX_VALUE;
      double[] bestDist = null;
      double[] bestCentre = null;
      for (int t = 0; t < Math.max(1, trials); t++) {
        double r = random.nextDouble() * total;
        int pick = m - 1;
        for (int d = 0; d < m; d++) {
          r -= dist[d];
          if (r <= 0) {
            pick = d;
            break;
          }
        }
        double[] cand = dense(idx.get(pick), unit.get(pick), vocab);
        double[] nd = new double[m];
        double potential = 0;
        for (int d = 0; d < m; d++) {
          nd[d] = Math.min(dist[d], Math.max(0, 2 - 2 * dot(idx.get(d), unit.get(d), cand)));
          potential += nd[d];
        }
        if (potential < bestPotential) {
          bestPotential = potential;
          bestDist = nd;
          bestCentre = cand;
        }
      }
      centre[c] = bestCentre;
      dist = bestDist;
    }
    return centre;
  }

  /** Spherical Lloyd rounds: fills {@code member}, updates {@code centre}, returns Σ (1 − cos). */
  private static double lloyd(
      List<int[]> idx, List<double[]> unit, double[][] centre, int[] member, int vocab, int rounds) {
    int m = idx.size();
    int k = centre.length;
    double cost = 0;
    for (int round = 0; round <= rounds; round++) {
      cost = 0;
      for (int d = 0; d < m; d++) {
        double best = -1;
        for (int c = 0; c < k; c++) {
          double s = dot(idx.get(d), unit.get(d), centre[c]);
          if (s > best) {
            best = s;
            member[d] = c;
          }
        }
        cost += 1 - best;
      }
      if (round == rounds) {
        break;
      }
      double[][] next = new double[k][vocab];
      for (int d = 0; d < m; d++) {
        add(next[member[d]], idx.get(d), unit.get(d));
      }
      for (int c = 0; c < k; c++) {
        double norm = 0;
        for (double x : next[c]) {
          norm += x * x;
        }
        if (norm > 0) {
          norm = Math.sqrt(norm);
          for (int w = 0; w < vocab; w++) {
            next[c][w] /= norm;
          }
          centre[c] = next[c];
        }
      }
    }
    return cost;
  }

  private static double[] dense(int[] indices, double[] values, int vocab) {
    double[] out = new double[vocab];
    add(out, indices, values);
    return out;
  }

  private static void add(double[] into, int[] indices, double[] values) {
    for (int i = 0; i < indices.length; i++) {
      into[indices[i]] += values[i];
    }
  }

  private static double dot(int[] indices, double[] values, double[] dense) {
    double s = 0;
    for (int i = 0; i < indices.length; i++) {
      s += values[i] * dense[indices[i]];
    }
    return s;
  }
}
