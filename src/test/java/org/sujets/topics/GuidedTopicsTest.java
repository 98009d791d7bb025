package org.sujets.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sujets.LocalSpark;
import org.sujets.config.LdaConfig;
import org.sujets.config.LdaOptimizer;

/**
 * Guided topics on a corpus with known topics: LDA's generative process (as
 * bench/quality/synthetic.py's zipf topics) with 20 true topics over made-up French-like words.
 * Seeding 5 of them with 3 words each must give those 5, in the file's order, as topics 1..5 with
 * their names; the 5 chosen are the least prevalent true topics, which a fit without seeds shows
 * last, so their places come from the seeds and not from prevalence.
 */
class GuidedTopicsTest {
  private static final int K = 20;
  /** Each true topic's own words: its 10 most probable, used by no other topic. */
  private static final int OWN = 10;
  private static final int SHARED = 300;
  private static final int SUPPORT = 40;
  private static final int VOCAB = K * OWN + SHARED;
  private static final int ARTICLES = 2000;
  private static final int[] SEEDED = {19, 17, 15, 18, 16}; // the rarest true topics, in file order
  private static final List<String> NAMES = List.of("Épidémie", "Retraites", "Football", "Climat", "Élections");
  /** Which of a true topic's own words (ranks 0..9) are its 3 seed words: not simply its top 3. */
  private static final int[] SEED_RANKS = {1, 4, 7};

  private static double[][] truth;
  private static String[] readable;
  private static Dataset<Row> articles;

  @BeforeAll
  static void generate() {
    Random random = new Random(2024);
    readable = words(random);
    truth = new double[K][VOCAB];
    for (int t = 0; t < K; t++) {
      double norm = 0;
      for (int r = 1; r <= SUPPORT; r++) {
        norm += 1.0 / r;
      }
      Set<Integer> support = new HashSet<>();
      for (int r = 0; r < SUPPORT; r++) {
        int w = r < OWN ? t * OWN + r : pickShared(random, support);
        truth[t][w] += 1.0 / (r + 1) / norm;
      }
    }
    // Prevalence falls with the topic index: α_t from 0.3 (topic 0) to 0.03 (topic 19).
    MersenneTwister rng = new MersenneTwister(7);
    StructType schema = new StructType().add("tf", SQLDataTypes.VectorType());
    List<Row> rows = new ArrayList<>();
    for (int d = 0; d < ARTICLES; d++) {
      double[] theta = new double[K];
      double sum = 0;
      for (int t = 0; t < K; t++) {
        theta[t] = new GammaDistribution(rng, 0.3 - 0.27 * t / (K - 1), 1).sample() + 1e-12;
        sum += theta[t];
      }
      double[] counts = new double[VOCAB];
      int length = 40 + random.nextInt(81);
      for (int i = 0; i < length; i++) {
        int z = draw(random, theta, sum);
        counts[draw(random, truth[z], 1.0)]++;
      }
      rows.add(RowFactory.create(Vectors.dense(counts).compressed()));
    }
    articles = LocalSpark.session().createDataFrame(rows, schema).repartition(2).persist(StorageLevel.MEMORY_ONLY());
  }

  @AfterAll
  static void release() {
    articles.unpersist();
  }

  private static int pickShared(Random random, Set<Integer> taken) {
    int w;
    do {
      w = K * OWN + random.nextInt(SHARED);
    } while (!taken.add(w));
    return w;
  }

  private static int draw(Random random, double[] weights, double total) {
    double r = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r <= 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** Distinct made-up words of French syllables ("vorantine"), one per vocabulary index. */
  private static String[] words(Random random) {
    String[] syllables = {"ba", "ché", "dou", "fra", "gui", "lan", "mé", "nor", "pa", "quin", "ré", "sou", "ta",
        "ver", "zé", "tion", "ment", "eau", "ain", "oir"};
    Set<String> seen = new HashSet<>();
    String[] out = new String[VOCAB];
    for (int w = 0; w < VOCAB; w++) {
      String word;
      do {
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < 3; s++) {
          b.append(syllables[random.nextInt(syllables.length)]);
        }
        word = b.toString();
      } while (!seen.add(word));
      out[w] = word;
    }
    return out;
  }

  private static SeedTerms seeds(double weight) {
    List<int[]> terms = new ArrayList<>();
    for (int truthTopic : SEEDED) {
      terms.add(Arrays.stream(SEED_RANKS).map(r -> truthTopic * OWN + r).toArray());
    }
    return new SeedTerms(terms, weight);
  }

  private static LdaConfig lda() {
    return new LdaConfig(K, null, LdaOptimizer.ONLINE, 42L, null, null, null, null, null, null).resolve(ARTICLES);
  }

  /** How many of the true topic's own words are among the found topic's 10 most probable. */
  private static int overlap(double[] found, int truthTopic) {
    int hits = 0;
    for (int w : WordDistributions.topTerms(new double[][] {found}, OWN)[0]) {
      if (w / OWN == truthTopic && w < K * OWN) {
        hits++;
      }
    }
    return hits;
  }

  /** The topics in display order (guided first) and their shown labels. */
  private record Shown(FittedTopics fitted, double[][] byRank, List<String> labels) {}

  private static Shown show(LDAModel model, SeedTerms seeds, Map<Integer, String> names) {
    double[][] distributions = WordDistributions.of(model);
    double[] prevalence = TopicAssignments.prevalence(
        TopicDistributions.transform(model, articles), TopicModelTrainer.TOPIC_DISTRIBUTION);
    FittedTopics fitted = TopicExtractor.extract(model, readable, prevalence, 10, seeds.count());
    double[][] byRank = new double[K][];
    List<String> words = new ArrayList<>();
    for (int rank = 0; rank < K; rank++) {
      byRank[rank] = distributions[fitted.order()[rank]];
      words.add(fitted.label(rank));
    }
    return new Shown(fitted, byRank, new TopicLabels(words, names).shown());
  }

  private static Map<Integer, String> names() {
    Map<Integer, String> names = new LinkedHashMap<>();
    for (int i = 0; i < NAMES.size(); i++) {
      names.put(i + 1, NAMES.get(i));
    }
    return names;
  }

  /**
   * Recovery figures of one fit (weight 0: without seeds): per seeded true topic, the top-10
   * overlap and JS distance of the topic shown at its place (guided) or of the best-matching topic
   * (free); over all 20 true topics, the mean top-10 overlap after a one-to-one matching; and how
   * many seed words are in their topic's top 10.
   */
  record Measure(int[] overlaps, double[] distances, double allTopics, int seedsInTop) {
    @Override
    public String toString() {
      return "seeded overlaps " + Arrays.toString(overlaps) + " JS " + Arrays.toString(
          Arrays.stream(distances).map(d -> Math.round(d * 1000) / 1000.0).toArray()) + " all-20 recovery "
          + Math.round(allTopics * 1000) / 1000.0 + " seeds in top 10: " + seedsInTop + "/15";
    }
  }

  static Measure measure(double weight) {
    SeedTerms seeds = weight > 0 ? seeds(weight) : SeedTerms.none();
    LDAModel model = new TopicModelTrainer(lda(), seeds).fit(articles, "tf");
    Shown shown = show(model, seeds, weight > 0 ? names() : Map.of());
    int[] overlaps = new int[SEEDED.length];
    double[] distances = new double[SEEDED.length];
    int seedsInTop = 0;
    for (int i = 0; i < SEEDED.length; i++) {
      int rank = i;
      if (weight == 0) {
        for (int r = 0; r < K; r++) {
          if (overlap(shown.byRank()[r], SEEDED[i]) > overlap(shown.byRank()[rank], SEEDED[i])) {
            rank = r;
          }
        }
      }
      overlaps[i] = overlap(shown.byRank()[rank], SEEDED[i]);
      distances[i] = JensenShannon.distance(shown.byRank()[rank], truth[SEEDED[i]]);
      Set<Integer> top = new HashSet<>();
      Arrays.stream(WordDistributions.topTerms(new double[][] {shown.byRank()[rank]}, OWN)[0]).forEach(top::add);
      for (int r : SEED_RANKS) {
        seedsInTop += top.contains(SEEDED[i] * OWN + r) ? 1 : 0;
      }
    }
    double[][] cost = new double[K][K];
    for (int r = 0; r < K; r++) {
      for (int t = 0; t < K; t++) {
        cost[r][t] = -overlap(shown.byRank()[r], t);
      }
    }
    int[] match = Hungarian.solve(cost);
    double all = 0;
    for (int r = 0; r < K; r++) {
      all += -cost[r][match[r]] / (double) OWN;
    }
    return new Measure(overlaps, distances, all / K, seedsInTop);
  }

  @Test
  void seedingFiveOfTwentyTopicsRecoversThemFirstWithTheirNames() {
    SeedTerms seeds = seeds(org.sujets.config.SeedWords.DEFAULT_WEIGHT);
    Shown guided = show(new TopicModelTrainer(lda(), seeds).fit(articles, "tf"), seeds, names());
    assertEquals(NAMES, guided.labels().subList(0, 5));
    for (int rank = 0; rank < SEEDED.length; rank++) {
      int truthTopic = SEEDED[rank];
      int hits = overlap(guided.byRank()[rank], truthTopic);
      double distance = JensenShannon.distance(guided.byRank()[rank], truth[truthTopic]);
      System.out.printf("guided topic %d (%s) = true topic %d: %d/10 top words, JS distance %.3f%n",
          rank + 1, NAMES.get(rank), truthTopic, hits, distance);
      assertTrue(hits >= 9, NAMES.get(rank) + ": " + hits + "/10 of true topic " + truthTopic + "'s top words");
      Set<Integer> top = new HashSet<>();
      Arrays.stream(WordDistributions.topTerms(new double[][] {guided.byRank()[rank]}, OWN)[0]).forEach(top::add);
      for (int w : seeds.terms().get(rank)) {
        assertTrue(top.contains(w), NAMES.get(rank) + ": seed word " + readable[w] + " is not in its top 10");
      }
    }
  }

  @Test
  void withoutSeedsTheSameTopicsAreFoundLastAndUnnamed() {
    Shown free = show(new TopicModelTrainer(lda()).fit(articles, "tf"), SeedTerms.none(), Map.of());
    for (String name : NAMES) {
      assertFalse(free.labels().contains(name), name);
    }
    // The seeded true topics are the rarest: by prevalence they are not shown first.
    for (int rank = 0; rank < SEEDED.length; rank++) {
      int best = 0;
      for (int truthTopic : SEEDED) {
        best = Math.max(best, overlap(free.byRank()[rank], truthTopic));
      }
      assertTrue(best < 5, "free topic " + (rank + 1) + " is one of the seeded true topics");
    }
  }
}
