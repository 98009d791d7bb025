package org.sujets.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.CountVectorizer;
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

class FrenchNewsTokenizerTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
  }

  private static Dataset<Row> articles(String... texts) {
    StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      rows.add(RowFactory.create("a" + i, texts[i]));
    }
    return spark.createDataFrame(rows, schema).repartition(2);
  }

  @Test
  void producesTermsAndParallelSurfaces() {
    Row row =
        new FrenchNewsTokenizer()
            .transform(articles("Les satellites de l’État nord-coréen"))
            .select("terms", "surfaces")
            .first();
    List<String> terms = row.getList(0);
    List<String> surfaces = row.getList(1);
    assertEquals(List.of("satellites", "état", "nord", "coréen"), surfaces);
    assertEquals(surfaces.size(), terms.size());
  }

  @Test
  void surfaceColumnIsOptional() {
    Dataset<Row> out = new FrenchNewsTokenizer().setSurfaceCol("").transform(articles("Kim Jong Un"));
    assertArrayEquals(new String[] {"id", "text", "terms"}, out.columns());
  }

  @Test
  void rejectsMissingOrNonStringInput() {
    assertThrows(IllegalArgumentException.class,
        () -> new FrenchNewsTokenizer().setInputCol("body").transform(articles("x")));
    assertThrows(IllegalArgumentException.class,
        () -> new FrenchNewsTokenizer().setInputCol("id").setOutputCol("id").transform(articles("x")));
    assertThrows(IllegalArgumentException.class, () -> new FrenchNewsTokenizer().setStemmer("porter"));
  }

  @Test
  void savesAndLoadsWithItsParams(@TempDir Path dir) throws IOException {
    FrenchNewsTokenizer tokenizer =
        new FrenchNewsTokenizer()
            .setInputCol("body")
            .setStemmer("snowball")
            .setStopWords(new String[] {"poutine"})
            .setMinTokenLength(3);
    String path = dir.resolve("tokenizer").toString();
    tokenizer.save(path);
    assertThrows(IOException.class, () -> tokenizer.save(path), "saving twice must fail without overwrite");
    tokenizer.write().overwrite().save(path);

    FrenchNewsTokenizer loaded = FrenchNewsTokenizer.load(path);
    assertEquals(tokenizer.uid(), loaded.uid());
    assertEquals("body", loaded.getInputCol());
    assertEquals("snowball", loaded.getStemmer());
    assertArrayEquals(new String[] {"poutine"}, loaded.getStopWords());
    assertEquals(3, loaded.getMinTokenLength());
  }

  @Test
  void roundTripsInsideAPipelineModel(@TempDir Path dir) throws IOException {
    Dataset<Row> data = articles("Vladimir Poutine reçoit Kim Jong Un", "Le cosmodrome de Vostotchny");
    Pipeline pipeline =
        new Pipeline()
            .setStages(new PipelineStage[] {
              new FrenchNewsTokenizer().setSurfaceCol(""),
              new CountVectorizer().setInputCol("terms").setOutputCol("tf")
            });
    PipelineModel model = pipeline.fit(data);
    String path = dir.resolve("model").toString();
    model.save(path);
    PipelineModel loaded = PipelineModel.load(path);
    List<Row> before = model.transform(data).select("id", "terms", "tf").orderBy("id").collectAsList();
    List<Row> after = loaded.transform(data).select("id", "terms", "tf").orderBy("id").collectAsList();
    assertEquals(before, after);
    assertEquals(FrenchNewsTokenizer.class, loaded.stages()[0].getClass());
  }
}
