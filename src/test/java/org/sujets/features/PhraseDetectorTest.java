package org.sujets.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujets.LocalSpark;

class PhraseDetectorTest {
  private static SparkSession spark;
  private static final String[] FILLERS = {
    "satellites", "armes", "munitions", "sanctions", "pétrole", "élections", "budget", "écoles",
    "hôpitaux", "agriculteurs", "frontières", "usines"};

  private static final String[] VERBS = {"achète", "vend", "refuse", "examine", "publie"};

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
  }

  /** Articles where a few names always come together, amid words that mix freely. */
  private static Dataset<Row> corpus() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      String a = FILLERS[i % FILLERS.length];
      String b = FILLERS[(i * 5 + 3) % FILLERS.length];
      String name = i % 2 == 0 ? "Kim Jong-un" : "Kim Jong Un";
      String v = VERBS[i % VERBS.length];
      String w = VERBS[(i + 1) % VERBS.length];
      String text = "La Corée du Nord " + v + " les " + a + ". " + name + " " + w + " les " + b
          + ". La Banque de France " + w + " les " + a + " et les " + b
          + ". Le ministre de l’Intérieur " + v + ". Le Conseil de sécurité " + w + " les " + b + ".";
      rows.add(RowFactory.create("a" + i, text));
    }
    // A comma between two words must block the join.
    rows.add(RowFactory.create("x", "En Corée, du Nord au Sud, les " + FILLERS[0] + "."));
    StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);
    FrenchNewsTokenizer tokenizer = new FrenchNewsTokenizer().setGapsCol(TextColumns.GAPS);
    return tokenizer.transform(spark.createDataFrame(rows, schema).repartition(2)).cache();
  }

  private static Set<String> surfaces(Dataset<Row> rewritten) {
    Set<String> all = new HashSet<>();
    for (Row row : rewritten.select(TextColumns.SURFACES).collectAsList()) {
      all.addAll(row.getList(0));
    }
    return all;
  }

  @Test
  void joinsNamesAcrossConnectorWordsAndHyphens(@TempDir Path dir) throws IOException {
    Dataset<Row> analyzed = corpus();
    PhraseModel model = new PhraseDetector().setMinCount(5).setThreshold(0.3).fit(analyzed);
    Dataset<Row> rewritten = model.transform(analyzed);
    Set<String> surfaces = surfaces(rewritten);
    assertTrue(surfaces.contains("corée du nord"), surfaces::toString);
    assertTrue(surfaces.contains("banque de france"), surfaces::toString);
    assertTrue(surfaces.contains("conseil de sécurité"), surfaces::toString);
    assertTrue(surfaces.contains("ministre de l'intérieur"), surfaces::toString);
    assertTrue(surfaces.contains("kim jong"), surfaces::toString); // Jong-un and Jong Un alike
    assertFalse(surfaces.stream().anyMatch(s -> s.contains("satellites ")), surfaces::toString);
    // the comma article keeps its words apart
    Row comma = rewritten.filter("id = 'x'").select(TextColumns.SURFACES).first();
    assertTrue(comma.getList(0).contains("corée"), comma.toString());

    Path path = dir.resolve("phrases");
    model.write().overwrite().save(path.toString());
    PhraseModel loaded = PhraseModel.load(path.toString());
    assertArrayEquals(model.getPhrases(), loaded.getPhrases());
    assertEquals(
        rewritten.orderBy("id").select(TextColumns.TERMS).collectAsList(),
        loaded.transform(analyzed).orderBy("id").select(TextColumns.TERMS).collectAsList());
    analyzed.unpersist();
  }

  @Test
  void aHighThresholdFindsNothingAndChangesNothing() {
    Dataset<Row> analyzed = corpus();
    PhraseModel model = new PhraseDetector().setMinCount(1000).fit(analyzed);
    assertEquals(0, model.getPhrases().length);
    assertEquals(
        analyzed.orderBy("id").select(TextColumns.TERMS).collectAsList(),
        model.transform(analyzed).orderBy("id").select(TextColumns.TERMS).collectAsList());
    analyzed.unpersist();
  }
}
