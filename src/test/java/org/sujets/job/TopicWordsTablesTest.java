package org.sujets.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujets.LocalSpark;
import org.sujets.features.TextColumns;
import org.sujets.ingest.Columns;
import org.sujets.storage.Folder;
import org.sujets.topics.TopicAssignments;
import org.sujets.topics.TopicPeriodWords;

/**
 * Topic words over time on a constructed corpus of two topics (an epidemic, football) over three
 * months: the epidemic's articles speak of masks and lockdown in April 2020 and of vaccines in
 * December; January 2021 has too few of them to say anything.
 */
class TopicWordsTablesTest {
  private static final String[] WORDS = {
    "covid", "épidémie", "masques", "confinement", "vaccin", "vaccination", "but", "match", "équipe", "stade", "=cmd", "avril"};
  private static Path out;
  private static List<TopicPeriodWords> chart;

  @BeforeAll
  static void write(@TempDir Path dir) throws IOException {
    List<Row> rows = new ArrayList<>();
    // April: the epidemic's articles share its everyday words with masks and lockdown (and say "avril").
    articles(rows, "2020-04", "AFP", 15, new double[] {0.9, 0.1}, Map.of(0, 3.0, 1, 2.0, 2, 3.0, 3, 3.0, 11, 4.0));
    articles(rows, "2020-04", "6Medias", 15, new double[] {0.1, 0.9}, Map.of(6, 3.0, 7, 3.0, 8, 3.0, 10, 1.0));
    // December: the same everyday words, vaccines instead of masks.
    articles(rows, "2020-12", "AFP", 15, new double[] {0.9, 0.1}, Map.of(0, 3.0, 1, 2.0, 4, 3.0, 5, 2.0));
    articles(rows, "2020-12", "6Medias", 15, new double[] {0.1, 0.9}, Map.of(6, 3.0, 7, 3.0, 9, 3.0));
    // January: three articles' worth of the epidemic, under the mass threshold.
    articles(rows, "2021-01", "AFP", 3, new double[] {0.9, 0.1}, Map.of(0, 3.0, 3, 5.0));
    Dataset<Row> assigned = LocalSpark.session().createDataFrame(rows, schema());
    out = dir.resolve("out");
    try (Persisted persisted = new Persisted()) {
      chart = TopicWordsTables.write(assigned, WORDS, 2, true, true, Folder.local(out), persisted);
    }
  }

  @Test
  void theEpidemicsWordsMoveFromMasksToVaccines() throws IOException {
    List<String> lines = Files.readAllLines(out.resolve(TopicWordsTables.BY_MONTH), StandardCharsets.UTF_8);
    assertEquals("topic,month,topic_mass,rank,word,count,ratio,z", lines.get(0));
    List<String> april = words(lines, "1,2020-04,");
    List<String> december = words(lines, "1,2020-12,");
    assertEquals(List.of("masques", "confinement"), april.subList(0, 2), lines.toString());
    assertEquals(List.of("vaccin", "vaccination"), december.subList(0, 2), lines.toString());
    assertFalse(april.contains("vaccin") || december.contains("masques"), lines.toString());
    // A word less frequent in the month than in the topic overall does not characterise it.
    assertFalse(april.contains("covid"), lines.toString());
    // The month's name would lead it (4 a article, all in April): it is left out.
    assertFalse(april.contains("avril"), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("1,2020-04,15.0,1,masques,40.5,")),
        "mass 15 × 0.9 + 15 × 0.1, count 15 × 3 × 0.9: " + lines);
  }

  @Test
  void periodsUnderTheMassThresholdAreLeftOut() throws IOException {
    List<String> lines = Files.readAllLines(out.resolve(TopicWordsTables.BY_MONTH), StandardCharsets.UTF_8);
    assertTrue(lines.stream().noneMatch(l -> l.contains(",2021-01,")), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("2,2020-12,15.0,1,stade,")), lines.toString());
  }

  @Test
  void theSourceTableRanksWordsPerSourceAndNeutralisesFormulas() throws IOException {
    List<String> lines = Files.readAllLines(out.resolve(TopicWordsTables.BY_SOURCE), StandardCharsets.UTF_8);
    assertEquals("topic,source,topic_mass,rank,word,count,ratio,z", lines.get(0));
    assertTrue(lines.get(1).startsWith("1,AFP,"), "the topic's largest source first: " + lines);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("2,6Medias,") && l.contains(",'=cmd,")), lines.toString());
  }

  @Test
  void theChartGetsTheFirstWordsOfEachMonth() {
    List<String> periods = chart.stream().map(w -> w.topic() + " " + w.period()).toList();
    assertEquals(List.of("1 2020-04", "1 2020-12", "2 2020-04", "2 2020-12"), periods);
    assertEquals(List.of("masques", "confinement"), chart.get(0).words().subList(0, 2));
    assertTrue(chart.stream().allMatch(w -> w.words().size() <= TopicWordsTables.CHART_WORDS));
  }

  private static List<String> words(List<String> lines, String prefix) {
    return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.split(",")[4]).toList();
  }

  private static void articles(List<Row> rows, String month, String source, int n, double[] shares,
      Map<Integer, Double> counts) {
    int[] terms = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    double[] values = java.util.Arrays.stream(terms).mapToDouble(counts::get).toArray();
    for (int i = 0; i < n; i++) {
      List<Double> shareList = java.util.Arrays.stream(shares).boxed().toList();
      int dominant = shares[0] >= shares[1] ? 1 : 2;
      rows.add(RowFactory.create(month + "-" + source + "-" + i, month + "-15", source, shareList, dominant,
          Vectors.sparse(WORDS.length, terms, values)));
    }
  }

  private static StructType schema() {
    return new StructType()
        .add(Columns.ID, DataTypes.StringType)
        .add(Columns.DATE, DataTypes.StringType)
        .add(Columns.SOURCE, DataTypes.StringType)
        .add(TopicAssignments.SHARES, DataTypes.createArrayType(DataTypes.DoubleType))
        .add(TopicAssignments.DOMINANT, DataTypes.IntegerType)
        .add(TextColumns.TF, SQLDataTypes.VectorType());
  }
}
