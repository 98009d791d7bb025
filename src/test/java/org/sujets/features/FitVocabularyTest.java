package org.sujets.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import org.apache.spark.ml.feature.CountVectorizer;
import org.junit.jupiter.api.io.TempDir;

import org.sujets.job.TextPipeline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.sujets.LocalSpark;
import org.sujets.config.AnalysisConfig;
import org.sujets.config.VocabularyConfig;

class FitVocabularyTest {
  private static Dataset<Row> terms(int partitions, boolean reversed) {
    StructType schema = new StructType().add(TextColumns.TERMS, DataTypes.createArrayType(DataTypes.StringType));
    // Every term occurs equally often: CountVectorizer's own order would follow the partitions.
    List<Row> rows = new ArrayList<>();
    String[][] docs = {{"poutine", "kim"}, {"russie", "corée"}, {"satellites", "armes"}, {"visite", "sommet"}};
    for (int i = 0; i < docs.length; i++) {
      rows.add(RowFactory.create((Object) List.of(docs[reversed ? docs.length - 1 - i : i])));
    }
    return LocalSpark.session().createDataFrame(rows, schema).repartition(partitions);
  }

  @Test
  void vocabularyOrderIsAlphabeticalWhateverThePartitioning() {
    VocabularyConfig settings = VocabularyConfig.auto().resolve(4);
    String[] a = counts(settings).fit(terms(1, false)).vocabulary();
    String[] b = counts(settings).fit(terms(3, true)).vocabulary();
    assertArrayEquals(new String[] {"armes", "corée", "kim", "poutine", "russie", "satellites", "sommet", "visite"}, a);
    assertArrayEquals(a, b);
  }

  @Test
  void excludedTermsNeverEnterAndTheOthersFillTheSize() {
    Dataset<Row> uneven = LocalSpark.session().createDataFrame(List.of(
        RowFactory.create((Object) List.of("grand", "kim", "poutine", "sommet")),
        RowFactory.create((Object) List.of("grand", "kim", "poutine")),
        RowFactory.create((Object) List.of("grand", "kim"))),
        new StructType().add(TextColumns.TERMS, DataTypes.createArrayType(DataTypes.StringType)));
    AlphabeticalCountVectorizer counts = new AlphabeticalCountVectorizer();
    counts.setInputCol(TextColumns.TERMS).setOutputCol(TextColumns.TF).setVocabSize(2);
    assertArrayEquals(new String[] {"grand", "kim"}, counts.fit(uneven).vocabulary());
    counts.setExcludedTerms(new String[] {"grand"});
    // "grand" is the most frequent, yet the two kept are the next two, not one.
    assertArrayEquals(new String[] {"kim", "poutine"}, counts.fit(uneven).vocabulary());
  }

  @Test
  void theDefaultStageExcludesTheNewsGenericWordsUnlessKept() {
    VocabularyConfig settings = VocabularyConfig.auto().resolve(4);
    String[] excluded = counts(settings).getExcludedTerms();
    assertEquals(true, Arrays.asList(excluded).containsAll(List.of("expliqu", "grand", "dernier", "lundi")),
        Arrays.toString(excluded));
    VocabularyConfig keep = new VocabularyConfig(null, null, null, true).resolve(4);
    assertArrayEquals(new String[0], counts(keep).getExcludedTerms());
  }

  @Test
  void excludedTermsSurviveSaveAndLoad(@TempDir Path dir) throws Exception {
    AlphabeticalCountVectorizer counts = new AlphabeticalCountVectorizer();
    counts.setExcludedTerms(new String[] {"grand", "point"}).setVocabSize(7);
    counts.save(dir.resolve("counts").toString());
    CountVectorizer loaded = CountVectorizer.load(dir.resolve("counts").toString());
    AlphabeticalCountVectorizer back = assertInstanceOf(AlphabeticalCountVectorizer.class, loaded);
    assertArrayEquals(new String[] {"grand", "point"}, back.getExcludedTerms());
    assertEquals(7, back.getVocabSize());
  }

  private static AlphabeticalCountVectorizer counts(VocabularyConfig settings) {
    return TextPipeline.counts(settings, TextPipeline.tokenizer(AnalysisConfig.defaults()));
  }
}
