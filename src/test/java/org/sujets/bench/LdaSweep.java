package org.sujets.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.size;
import java.util.*;
import org.apache.spark.ml.clustering.*;
import org.apache.spark.ml.feature.*;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.stat.Summarizer;
import org.apache.spark.sql.*;
import org.apache.spark.storage.StorageLevel;
import org.sujets.topics.*;

/**
 * LDA settings sweep (never in CI): fits Spark MLlib LDA on exported terms (BenchHelper export)
 * once per setting and prints mean NPMI (top 10, Sujets' Coherence), diversity, the number of
 * topics holding under 1 % of the articles, and each topic's share, NPMI and top words.
 * Usage: LdaSweep TERMS.tsv SETTING... ; a setting is comma-separated key=value pairs among
 * k (20), it (50), rate (0.1), off (64), dec (0.51), optalpha (true), alpha, beta, seed (42),
 * opt (online|em), start (seeded|random: online LDA's start, as Sujets' --lda-start; seeded
 * is SeededOnlineLda with its defaults, which sample (articles for k-means), lloyd (rounds), trials
 * (k-means++ draws per centre), restarts and mass override), seedsonly (true: score the seeded
 * start itself, no LDA fit; needs truth). System property maxdf (0.5): the vocabulary's max
 * document frequency; generic (true): leave the news-generic words out, as a run does.
 * System property truth (a synthetic.py truth file): also prints recovery, the Hungarian-matched
 * mean overlap of true and found top 10 words, both as Sujets' analysed terms.
 */
public final class LdaSweep {
  public static void main(String[] args) throws Exception {
    SparkSession spark = SparkSession.builder().master("local[2]").appName("lda-sweep")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1").getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    Dataset<Row> articles = spark.read().option("sep", "\t").csv(args[0]).toDF("id", "text")
        .select(split(col("text"), " ").as("terms"));
    org.sujets.features.AlphabeticalCountVectorizer counts = new org.sujets.features.AlphabeticalCountVectorizer();
    if (Boolean.parseBoolean(System.getProperty("generic", "true"))) { // false: keep the news-generic words
      counts.setExcludedTerms(org.sujets.job.TextPipeline.genericTerms(org.sujets.analysis.AnalyzerSpec.defaults()));
    }
    CountVectorizerModel cv = counts.setInputCol("terms").setOutputCol("tf")
        .setMinDF(5).setMaxDF(Double.parseDouble(System.getProperty("maxdf", "0.5"))).setVocabSize(100000).fit(articles);
    Dataset<Row> tf = cv.transform(articles).filter(size(col("terms")).gt(0)).select("tf").repartition(2)
        .persist(StorageLevel.MEMORY_AND_DISK());
    System.out.println("docs " + tf.count() + " vocab " + cv.vocabulary().length);
    String[] vocab = cv.vocabulary();
    for (int a = 1; a < args.length; a++) {
      Map<String, String> p = new HashMap<>();
      for (String kv : args[a].split(",")) { String[] x = kv.split("="); p.put(x[0], x[1]); }
      int k = Integer.parseInt(p.getOrDefault("k", "20"));
      LDA lda = new LDA().setFeaturesCol("tf").setK(k).setSeed(Long.parseLong(p.getOrDefault("seed", "42")))
          .setMaxIter(Integer.parseInt(p.getOrDefault("it", "50")))
          .setOptimizer(p.getOrDefault("opt", "online"));
      if (p.getOrDefault("opt", "online").equals("online")) {
        lda.setSubsamplingRate(Double.parseDouble(p.getOrDefault("rate", "0.1")))
          .setLearningOffset(Double.parseDouble(p.getOrDefault("off", "64")))
          .setLearningDecay(Double.parseDouble(p.getOrDefault("dec", "0.51")))
          .setOptimizeDocConcentration(Boolean.parseBoolean(p.getOrDefault("optalpha", "true")));
      } else {
        spark.sparkContext().setCheckpointDir(System.getProperty("java.io.tmpdir") + "/lda-sweep-checkpoints");
        lda.setCheckpointInterval(10);
      }
      if (p.containsKey("alpha")) lda.setDocConcentration(Double.parseDouble(p.get("alpha")));
      if (p.containsKey("beta")) lda.setTopicConcentration(Double.parseDouble(p.get("beta")));
      SeededOnlineLda.Seeding d = SeededOnlineLda.Seeding.defaults(k);
      SeededOnlineLda.Seeding seeding = new SeededOnlineLda.Seeding(
          Integer.parseInt(p.getOrDefault("sample", "" + d.sampleSize())),
          Integer.parseInt(p.getOrDefault("lloyd", "" + d.lloydRounds())),
          Double.parseDouble(p.getOrDefault("mass", "" + d.massPerWord())),
          Integer.parseInt(p.getOrDefault("trials", "" + d.trials())),
          Integer.parseInt(p.getOrDefault("restarts", "" + d.restarts())));
      if (Boolean.parseBoolean(p.getOrDefault("seedsonly", "false"))) {
        long s0 = System.nanoTime();
        double[][] start = SeededOnlineLda.seededTopics(tf, "tf", k, vocab.length, lda.getSeed(), seeding);
        System.out.printf(Locale.ROOT, "%-60s seeded start only %.1fs recovery %.4f%n", args[a],
            (System.nanoTime() - s0) / 1e9, recovery(System.getProperty("truth"), WordDistributions.topTerms(start, 10), vocab));
        continue;
      }
      long t0 = System.nanoTime();
      LDAModel model = p.getOrDefault("opt", "online").equals("online") && !p.getOrDefault("start", "seeded").equals("random")
          ? SeededOnlineLda.fit(lda, tf, seeding)
          : lda.fit(tf);
      double secs = (System.nanoTime() - t0) / 1e9;
      double[][] dist = WordDistributions.of(model);
      int[][] top10 = WordDistributions.topTerms(dist, 10);
      double[] npmi = Coherence.npmi(tf, "tf", top10);
      Vector share = model.transform(tf).select(Summarizer.mean(col("topicDistribution"))).first().getAs(0);
      double[] s = share.toArray();
      Integer[] idx = new Integer[k]; for (int i = 0; i < k; i++) idx[i] = i;
      Arrays.sort(idx, (x, y) -> Double.compare(s[y], s[x]));
      StringBuilder sb = new StringBuilder();
      int small = 0;
      for (int i : idx) { if (s[i] < 0.01) small++; }
      System.out.printf(Locale.ROOT, "%-60s fit %6.1fs NPMI %.4f div %.3f small(<1%%) %d%n", args[a], secs,
          Coherence.mean(npmi), TopicDiversity.of(WordDistributions.topTerms(dist, 25)), small);
      for (int i : idx) {
        StringBuilder w = new StringBuilder();
        for (int j = 0; j < 6; j++) w.append(vocab[top10[i][j]]).append(' ');
        System.out.printf(Locale.ROOT, "   %5.3f %6.3f %s%n", s[i], npmi[i], w);
      }
      if (System.getProperty("truth") != null) {
        System.out.printf(Locale.ROOT, "   recovery %.4f%n", recovery(System.getProperty("truth"), top10, vocab));
      }
      System.out.flush();
    }
    spark.stop();
  }

  /** Hungarian-matched mean overlap of the true and found top 10 (true words analysed to terms). */
  static double recovery(String truthFile, int[][] top10, String[] vocab) throws Exception {
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(new java.io.File(truthFile));
    List<Set<String>> truth = new ArrayList<>();
    try (var analyzer = new org.sujets.analysis.FrenchNewsAnalyzer(org.sujets.analysis.AnalyzerSpec.defaults())) {
      for (var topic : json.get("topics")) {
        Set<String> words = new HashSet<>();
        for (int i = 0; i < 10; i++) {
          words.addAll(org.sujets.analysis.TextAnalysis.analyze(analyzer, topic.get("words").get(i).asText()).terms());
        }
        truth.add(words);
      }
    }
    int n = Math.max(truth.size(), top10.length);
    double[][] cost = new double[n][n];
    for (int t = 0; t < truth.size(); t++) {
      for (int f = 0; f < top10.length; f++) {
        int overlap = 0;
        for (int w : top10[f]) {
          if (truth.get(t).contains(vocab[w])) {
            overlap++;
          }
        }
        cost[t][f] = -overlap;
      }
    }
    int[] match = Hungarian.solve(cost);
    double sum = 0;
    for (int t = 0; t < truth.size(); t++) {
      sum += -cost[t][match[t]] / 10.0;
    }
    return sum / truth.size();
  }
}
