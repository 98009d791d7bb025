package org.sujets.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.trim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sujets.LocalSpark;
import org.sujets.config.AnalysisConfig;
import org.sujets.config.CleanupConfig;
import org.sujets.config.ColumnMapping;
import org.sujets.config.DedupConfig;
import org.sujets.config.InputConfig;
import org.sujets.config.InputFormat;
import org.sujets.config.VocabularyConfig;
import org.sujets.ingest.Columns;
import org.sujets.ingest.CorpusReader;
import org.sujets.report.Keyword;

/**
 * The corpus keywords name what the archive is about: the bundled sample's event (every one of
 * its five articles is about Kim and Putin, so TF-IDF gave both a weight of 0), and OrangeSum's
 * subjects without the weekdays, months and news-generic words that lead its plain counts.
 */
class CorpusKeywordsTest {
  private static final Path ORANGESUM =
      Path.of(System.getProperty("sujets.orangesum", "../shared/corpora/orangesum/orangesum.jsonl.gz"));

  /** Words that say when, or nothing in particular: never what an archive is about. */
  private static final Set<String> GENERIC = Set.of(
      "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février",
      "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
      "semaine", "mois", "jour", "jours", "année", "ans", "fois", "temps", "fin", "début", "grand",
      "grande", "dernier", "dernière", "nouveau", "nouvelle", "premier", "partie", "petit", "point",
      "mettre", "retrouver", "présenté", "proposé", "question", "explique", "souligne", "selon");

  @Test
  void theSampleIsAboutKimPutinAndTheCosmodrome() throws Exception {
    List<String> top = top("data/sample", CleanupConfig.defaults(), 10);
    assertTrue(top.contains("poutine"), "poutine in " + top);
    assertTrue(top.contains("cosmodrome"), "cosmodrome in " + top);
    assertTrue(top.stream().anyMatch(k -> Arrays.asList(k.split(" ")).contains("kim")), "kim in " + top);
  }

  @Test
  void orangeSumsTopThirtyHoldsNoCalendarOrGenericWord() throws Exception {
    Assumptions.assumeTrue(Files.isReadable(ORANGESUM), "OrangeSum not available");
    // Without phrases or clean-up, to keep the test short: the keyness is what is tested.
    CleanupConfig wordsOnly = new CleanupConfig(false, 5, 0.01, false, 5, 0.3,
        new DedupConfig(false, 0.8, 5, 20, 5));
    List<String> top = top(ORANGESUM.toString(), wordsOnly, 30);
    assertEquals(30, top.size());
    for (String word : top) {
      assertTrue(!GENERIC.contains(word), word + " is in OrangeSum's top 30: " + top);
    }
    for (String subject : List.of("macron", "coronavirus", "covid")) {
      assertTrue(top.contains(subject), subject + " in " + top);
    }
  }

  private static List<String> top(String input, CleanupConfig cleanup, int n) throws java.io.IOException {
    Dataset<Row> texts = new CorpusReader(LocalSpark.session())
        .read(new InputConfig(List.of(input), InputFormat.AUTO, ColumnMapping.defaults()))
        .articles()
        .filter(trim(col(Columns.TEXT)).notEqual(""));
    VocabularyConfig vocabulary = VocabularyConfig.auto();
    Pipeline pipeline = TextPipeline.declare(AnalysisConfig.defaults(), cleanup, vocabulary);
    try (Persisted persisted = new Persisted()) {
      PreparedText text = new TextPreparation(new StageClock(JobProgress.silent()), persisted)
          .fit(pipeline, texts, vocabulary, Optional.empty(), () -> {});
      List<Keyword> keywords = CorpusKeywords.top(text.features(), text.counts().vocabulary(), text.readable(),
          text.analyzerSpec(), n);
      return keywords.stream().map(Keyword::word).toList();
    }
  }
}
