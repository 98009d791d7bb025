package org.sujets.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.sujets.job.TextPipeline;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.sujets.LocalSpark;
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
    String[] a = TextPipeline.counts(settings).fit(terms(1, false)).vocabulary();
    String[] b = TextPipeline.counts(settings).fit(terms(3, true)).vocabulary();
    assertArrayEquals(new String[] {"armes", "corée", "kim", "poutine", "russie", "satellites", "sommet", "visite"}, a);
    assertArrayEquals(a, b);
  }
}
