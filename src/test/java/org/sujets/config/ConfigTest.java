package org.sujets.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfigTest {
  @Test
  void vocabularyDefaultsAdaptToCorpusSize() {
    VocabularyConfig small = VocabularyConfig.auto().resolve(5);
    assertEquals(1.0, small.minDf());
    assertEquals(1.0, small.maxDf());
    VocabularyConfig large = VocabularyConfig.auto().resolve(36_000);
    assertEquals(5.0, large.minDf());
    assertEquals(0.5, large.maxDf());
    assertEquals(100_000, large.vocabSize());
  }

  @Test
  void maxDfOfOneMeansNoLimitForSpark() {
    // Spark's CountVectorizer would read 1.0 as "at most one article".
    assertEquals(Long.MAX_VALUE, (long) VocabularyConfig.auto().resolve(5).sparkMaxDf());
    assertEquals(0.5, VocabularyConfig.auto().resolve(500).sparkMaxDf());
    assertEquals(40.0, new VocabularyConfig(null, null, 40.0).resolve(500).sparkMaxDf());
  }

  @Test
  void vocabularyRejectsSettingsThatKeepNothing() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> new VocabularyConfig(null, 10.0, null).resolve(5));
    assertTrue(e.getMessage().contains("--min-df 10"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new VocabularyConfig(null, 3.0, 2.0).resolve(50));
    assertThrows(IllegalArgumentException.class, () -> new VocabularyConfig(0, null, null));
    assertThrows(IllegalArgumentException.class, () -> new VocabularyConfig(null, -1.0, null));
  }

  @Test
  void ldaDefaultsAdaptToCorpusSize() {
    LdaConfig small = LdaConfig.auto().resolve(5);
    assertEquals(2, small.topics());
    assertEquals(1.0, small.subsamplingRate());
    assertEquals(50, small.iterations());
    assertEquals(1.0, small.learningOffset());
    LdaConfig large = LdaConfig.auto().resolve(36_000);
    assertEquals(20, large.topics());
    assertEquals(100, large.iterations());
    assertEquals(0.05, large.subsamplingRate(), 1e-12);
    assertEquals(16.0, large.learningOffset());
    assertTrue(large.iterations() * large.subsamplingRate() >= 5 - 1e-9);
    // Given iterations keep at least 5 passes; the rate never goes below 5 % of the articles.
    LdaConfig longer = new LdaConfig(null, 200, LdaOptimizer.ONLINE, 1, null, null, null, null, null, null).resolve(36_000);
    assertEquals(0.05, longer.subsamplingRate(), 1e-12);
    LdaConfig shorter = new LdaConfig(null, 20, LdaOptimizer.ONLINE, 1, null, null, null, null, null, null).resolve(36_000);
    assertEquals(0.25, shorter.subsamplingRate(), 1e-12);
    // Batches stop growing at 20,000 articles, down to 2 passes; a given rate is kept as given.
    assertEquals(0.05, LdaConfig.auto().resolve(400_000).subsamplingRate(), 1e-12);
    assertEquals(0.025, LdaConfig.auto().resolve(800_000).subsamplingRate(), 1e-12);
    assertEquals(0.02, LdaConfig.auto().resolve(1_000_000).subsamplingRate(), 1e-12);
    assertEquals(0.02, LdaConfig.auto().resolve(5_000_000).subsamplingRate(), 1e-12);
    assertEquals(0.05, new LdaConfig(null, null, LdaOptimizer.ONLINE, 1, null, null, 0.05, null, null, null)
        .resolve(1_000_000).subsamplingRate(), 1e-12);
    // Online starts seeded unless random is asked; EM has no such choice.
    assertEquals(LdaStart.SEEDED, large.start());
    assertEquals(LdaStart.RANDOM, new LdaConfig(null, null, LdaOptimizer.ONLINE, 1, null, null, null, null, null,
        LdaStart.RANDOM).resolve(36_000).start());
    assertEquals(null, new LdaConfig(null, null, LdaOptimizer.EM, 1, null, null, null, null, null, null).resolve(500).start());
    assertThrows(IllegalArgumentException.class, () -> LdaStart.parse("kmeans"));
  }

  @Test
  void ldaRejectsBadValuesWithTheOptionName() {
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> new LdaConfig(0, null, LdaOptimizer.ONLINE, 1, null, null, null, null, null, null)).getMessage().contains("--topics"));
    assertThrows(IllegalArgumentException.class,
        () -> new LdaConfig(null, -3, LdaOptimizer.ONLINE, 1, null, null, null, null, null, null));
    assertThrows(IllegalArgumentException.class,
        () -> new LdaConfig(null, 10, LdaOptimizer.ONLINE, 1, null, null, 0.05, null, null, null));
    assertThrows(IllegalArgumentException.class,
        () -> new LdaConfig(null, null, LdaOptimizer.EM, 1, 0.5, null, null, null, null, null));
    assertThrows(IllegalArgumentException.class,
        () -> new LdaConfig(10, null, LdaOptimizer.ONLINE, 1, null, null, null, null, null, null).resolve(5));
    assertThrows(IllegalArgumentException.class, () -> LdaOptimizer.parse("gibbs"));
    assertThrows(IllegalArgumentException.class, () -> InputFormat.parse("xml"));
  }

  @Test
  void outputMustStayApartFromInput(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    org.sujets.config.InputConfig in = new org.sujets.config.InputConfig(
        java.util.List.of(dir.resolve("in").toString()), InputFormat.AUTO, ColumnMapping.defaults());
    for (String out : new String[] {"in/out", "in", ""}) {
      var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> new JobConfig(in, AnalysisConfig.defaults(), VocabularyConfig.auto(), LdaConfig.auto(),
              OutputConfig.defaults(dir.resolve(out).toString(), false)));
      org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("inside"), e.getMessage());
    }
    new JobConfig(in, AnalysisConfig.defaults(), VocabularyConfig.auto(), LdaConfig.auto(),
        OutputConfig.defaults(dir.resolve("in-out").toString(), false));
    org.junit.jupiter.api.Assertions.assertEquals(RecordMode.STRICT, RecordMode.parse(" Strict "));
  }
}
