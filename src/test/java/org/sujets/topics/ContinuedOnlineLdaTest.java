package org.sujets.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.substring;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.clustering.LocalLDAModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.linalg.DenseMatrix;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sujets.LocalSpark;
import org.sujets.config.AnalysisConfig;
import org.sujets.config.LdaConfig;
import org.sujets.config.LdaOptimizer;
import org.sujets.features.AlphabeticalCountVectorizer;
import org.sujets.features.TextColumns;
import org.sujets.job.TextPipeline;

/**
 * Continuing a fit on new articles: on twelve months of OrangeSum (140 articles a month), a fit on
 * the first six months continued on the last six must find topics close to a fit on the twelve
 * months (mean Jensen–Shannon distance of Hungarian-matched topics), much closer than a fit on the
 * last six alone, and keep its topics in their places.
 */
class ContinuedOnlineLdaTest {
  private static final Path ORANGESUM =
      Path.of(System.getProperty("sujets.orangesum", "../shared/corpora/orangesum/orangesum.jsonl.gz"));
  private static final int K = 8;
  /** October 2019 to September 2020, split at April 2020: the epidemic arrives in the first half. */
  private static final String FROM = "2019-10";
  private static final String SPLIT = "2020-04";
  private static final String UNTIL = "2020-10";
  /** Articles kept per month (by hash of the id), so that the busy months of 2020 do not swamp the others. */
  private static final int PER_MONTH = 140;
  private static final int ITERATIONS = 30;

  @Test
  void remapKeepsEachSavedWordsColumnAndStartsNewWordsAtEta() {
    // 3 saved words × 2 topics, column-major (word, topic).
    DenseMatrix saved = new DenseMatrix(3, 2, new double[] {1, 2, 3, 10, 20, 30});
    double[] lambda = ContinuedOnlineLda.remap(saved, new String[] {"b", "d", "f"},
        new String[] {"a", "b", "d", "e", "f"}, 0.5);
    // Word-major: word w, topic t at w * 2 + t.
    assertArrayEquals(new double[] {0.5, 0.5, 1, 10, 2, 20, 0.5, 0.5, 3, 30}, lambda, 0.0);
  }

  @Test
  void anUpdateOnTheSecondHalfMatchesAFitOnTheYearFarBetterThanAFitOnTheSecondHalf() {
    Assumptions.assumeTrue(Files.isReadable(ORANGESUM), "OrangeSum not available");
    SparkSession spark = LocalSpark.session();
    Dataset<Row> year = spark.read().json(ORANGESUM.toString())
        .filter(col("date").geq(FROM).and(col("date").lt(UNTIL)))
        .withColumn("month", substring(col("date"), 1, 7))
        .withColumn("rank", org.apache.spark.sql.functions.row_number().over(
            org.apache.spark.sql.expressions.Window.partitionBy("month").orderBy(org.apache.spark.sql.functions.hash(col("id")), col("id"))))
        .filter(col("rank").leq(PER_MONTH));
    Dataset<Row> terms = TextPipeline.tokenizer(AnalysisConfig.defaults()).transform(year)
        .select(col("month"), col(TextColumns.TERMS)).cache();
    Dataset<Row> first = terms.filter(col("month").lt(SPLIT));
    Dataset<Row> second = terms.filter(col("month").geq(SPLIT));

    CountVectorizerModel firstWords = vocabulary().fit(first);
    LocalLDAModel firstFit = fit(firstWords, first);
    CountVectorizerModel grown = AlphabeticalCountVectorizer.extend(firstWords, second, new String[0]);
    Dataset<Row> secondCounts = counts(grown, second);
    LdaConfig lda = settings(42L).resolve(secondCounts.count());
    ContinuedOnlineLda.Continued updated = ContinuedOnlineLda.fit(firstFit, firstWords.vocabulary(),
        new ContinuedOnlineLda.Learning(ITERATIONS, lda.learningOffset(), lda.learningDecay()),
        new TopicModelTrainer(lda).estimator(TextColumns.TF), grown.vocabulary(), secondCounts);

    CountVectorizerModel yearWords = vocabulary().fit(terms);
    LocalLDAModel yearFit = fit(yearWords, terms);
    CountVectorizerModel secondWords = vocabulary().fit(second);
    LocalLDAModel secondFit = fit(secondWords, second);

    assertEquals(2 * ITERATIONS, updated.iterations(), "the step count goes on from the first fit's");
    assertTrue(grown.vocabulary().length > firstWords.vocabulary().length, "the second half brings new words");
    double updateToYear = meanDistance(updated.model(), grown, yearFit, yearWords);
    double secondToYear = meanDistance(secondFit, secondWords, yearFit, yearWords);
    System.out.printf(Locale.ROOT, "[ContinuedOnlineLdaTest] %d articles (%d, then %d); mean JS distance to the fit"
        + " on the year: update %.4f, fit on the second half %.4f%n", terms.count(), first.count(), second.count(),
        updateToYear, secondToYear);
    assertTrue(updateToYear < 0.8 * secondToYear,
        "update " + updateToYear + " should be far closer to the year than the second half alone " + secondToYear);

    // Ids stay: each topic of the update is matched to the same model index of the first fit.
    SeedStability.Match kept = SeedStability.match(aligned(updated.model(), grown, firstWords, grown),
        aligned(firstFit, firstWords, firstWords, grown));
    assertArrayEquals(java.util.stream.IntStream.range(0, K).toArray(), kept.assignment(),
        "each topic keeps its index; similarities " + java.util.Arrays.toString(kept.similarity()));
    terms.unpersist();
  }

  private static AlphabeticalCountVectorizer vocabulary() {
    AlphabeticalCountVectorizer counts = new AlphabeticalCountVectorizer();
    counts.setInputCol(TextColumns.TERMS).setOutputCol(TextColumns.TF);
    // No size cap: the vocabularies are then the words of min-df 5 of each corpus, and the grown one
    // (either half) is comparable with the year's (a cap would give it words the year's lacks).
    counts.setMinDF(5).setMaxDF(0.5);
    return counts;
  }

  private static LdaConfig settings(long seed) {
    return new LdaConfig(K, ITERATIONS, LdaOptimizer.ONLINE, seed, null, null, null, null, null, null);
  }

  private static Dataset<Row> counts(CountVectorizerModel words, Dataset<Row> articles) {
    return words.transform(articles).select(TextColumns.TF).cache();
  }

  private static LocalLDAModel fit(CountVectorizerModel words, Dataset<Row> articles) {
    return fit(words, articles, 42L);
  }

  private static LocalLDAModel fit(CountVectorizerModel words, Dataset<Row> articles, long seed) {
    Dataset<Row> counts = counts(words, articles);
    LDAModel model = new TopicModelTrainer(settings(seed).resolve(counts.count())).fit(counts, TextColumns.TF);
    return (LocalLDAModel) model;
  }

  /** 1 − the mean matched similarity: the mean Jensen–Shannon distance of the matched topics. */
  private static double meanDistance(LDAModel a, CountVectorizerModel aWords, LDAModel b,
      CountVectorizerModel bWords) {
    return 1 - SeedStability.match(aligned(a, aWords, aWords, bWords), aligned(b, bWords, aWords, bWords)).mean();
  }

  /** The model's word distributions over the union of two vocabularies (absent words at 0). */
  private static double[][] aligned(LDAModel model, CountVectorizerModel words, CountVectorizerModel one,
      CountVectorizerModel other) {
    TreeSet<String> union = new TreeSet<>(java.util.Arrays.asList(one.vocabulary()));
    union.addAll(java.util.Arrays.asList(other.vocabulary()));
    Map<String, Integer> index = new HashMap<>();
    for (String term : union) {
      index.put(term, index.size());
    }
    double[][] own = WordDistributions.of(model);
    double[][] out = new double[own.length][union.size()];
    for (int t = 0; t < own.length; t++) {
      for (int w = 0; w < own[t].length; w++) {
        out[t][index.get(words.vocabulary()[w])] = own[t][w];
      }
    }
    return out;
  }
}
