package org.sujets.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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

class BoilerplateRemoverTest {
  private static final StructType SCHEMA = new StructType()
      .add("id", DataTypes.StringType).add("source", DataTypes.StringType).add("text", DataTypes.StringType);
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
  }

  private static String cleaned(Dataset<Row> out, String id) {
    return out.filter("id = '" + id + "'").select("text").first().getString(0);
  }

  @Test
  void removesTheSampleBoilerplateAndKeepsTheArticles() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("data/sample"))) {
      for (Path f : files.sorted().toList()) {
        rows.add(RowFactory.create(f.getFileName().toString().substring(0, 3), null, Files.readString(f, StandardCharsets.UTF_8)));
      }
    }
    Dataset<Row> articles = spark.createDataFrame(rows, SCHEMA);
    BoilerplateModel model = new BoilerplateRemover().fit(articles).setRemovedCol("removed");
    Dataset<Row> out = model.transform(articles).cache();
    String a002 = cleaned(out, "002");
    for (String gone : List.of("Votre adresse email n'est pas valide", "La newsletter international",
        "En vous inscrivant", "Temps de lecture", "Lecture audio", "Par L.L avec AFP", "VLADIMIR SMIRNOV",
        "Ce service est réservé", "Lire la charte", "Commentaires (30)", "Café Noir du Sud Global, le 13/09",
        "Gengis Khan", "des talibans en mobylette", "0 / 2000")) {
      assertFalse(a002.contains(gone), gone);
    }
    for (String kept : List.of("Selon l'agence de presse d'État russe TASS", "Aider la Corée du Nord à construire des satellites",
        "se rencontrant au cosmodrome de Vostotchny le 13 septembre 2023.",
        "Les discussions officielles entre les dirigeants russe")) {
      assertTrue(a002.contains(kept), kept);
    }
    String a003 = cleaned(out, "003");
    assertFalse(a003.contains("Leave a Reply"));
    assertTrue(a003.contains("Rorry Daniels"));
    String a004 = cleaned(out, "004");
    assertTrue(a004.contains("Tous les sujets sont sur la table"));
    assertEquals(Files.readString(Path.of("data/sample/000_f02d0033101d56d6.txt")).strip(), cleaned(out, "000").strip());
    long removed = out.filter("id = '002'").select("removed").first().getList(0).size();
    assertTrue(removed > 30, "002 lost " + removed + " lines");
    out.unpersist();
  }

  @Test
  void learnsLinesRepeatedWithinOneSource(@TempDir Path dir) throws IOException {
    List<Row> rows = new ArrayList<>();
    String[] topics = {"budget", "écoles", "routes", "piscine", "marché", "parking", "voirie", "crèche", "stade", "musée"};
    for (int i = 0; i < 10; i++) {
      String footer = i < 8 ? "\nRetrouvez toute l'actualité de la région sur notre site" : "";
      rows.add(RowFactory.create("a" + i, "Journal A", "Le conseil municipal a voté sur " + topics[i] + ".\nUn débat sur " + topics[(i + 3) % 10] + "." + footer));
      String other = i < 2 ? "\nRetrouvez toute l'actualité de la région sur notre site" : "";
      rows.add(RowFactory.create("b" + i, "Journal B", "La préfecture annonce la mesure sur " + topics[i] + "." + other));
    }
    Dataset<Row> articles = spark.createDataFrame(rows, SCHEMA);
    BoilerplateModel model = new BoilerplateRemover().setMinArticles(3).setMinShare(0.5).fit(articles);
    assertEquals(1, model.getLearnedLines().length);
    Dataset<Row> out = model.transform(articles).cache();
    assertFalse(cleaned(out, "a0").contains("Retrouvez"));
    assertTrue(cleaned(out, "a0").contains("Le conseil municipal a voté sur budget."));
    assertTrue(cleaned(out, "b0").contains("Retrouvez"), "only 2 of Journal B's articles carry it");

    Path path = dir.resolve("boilerplate");
    model.write().overwrite().save(path.toString());
    BoilerplateModel loaded = BoilerplateModel.load(path.toString());
    assertArrayEquals(model.getLearnedLines(), loaded.getLearnedLines());
    assertEquals(out.orderBy("id").select("text").collectAsList(),
        loaded.transform(articles).orderBy("id").select("text").collectAsList());
    out.unpersist();
  }
}
