package org.sujets.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujets.LocalSpark;

class NearDuplicateDetectorTest {
  private static SparkSession spark;
  private static Dataset<Row> corpus;

  /** One wire dispatch of four paragraphs. */
  private static final String[] DISPATCH = {
    "Le dirigeant nord-coréen Kim Jong Un est arrivé mardi à Vladivostok pour son premier sommet"
        + " avec le président russe Vladimir Poutine, a annoncé l'agence officielle KCNA.",
    "Les deux hommes doivent évoquer la dénucléarisation de la péninsule coréenne et la coopération"
        + " économique entre Moscou et Pyongyang, selon le Kremlin.",
    "Le train blindé du dirigeant a franchi la frontière dans la matinée après un long voyage depuis"
        + " la capitale nord-coréenne, accueilli par une fanfare militaire sur le quai de la gare.",
    "Les négociations avec Washington sont au point mort depuis l'échec du sommet de Hanoï en février"
        + " entre Kim Jong Un et le président américain Donald Trump."};

  private static final String[] OTHERS = {
    "La grève des contrôleurs aériens a perturbé jeudi des centaines de vols au départ de Paris et de"
        + " Marseille, obligeant les compagnies à annuler un tiers de leurs liaisons intérieures.",
    "Le festival de Cannes a dévoilé sa sélection officielle avec une vingtaine de films en compétition,"
        + " dont trois premiers longs métrages et deux documentaires venus d'Amérique latine.",
    "Les agriculteurs bretons manifestent contre la baisse du prix du lait payé par les industriels,"
        + " qu'ils jugent insuffisant pour couvrir leurs coûts de production cette année.",
    "Une tempête a privé d'électricité plus de cent mille foyers dans le sud-ouest, où les pompiers"
        + " sont intervenus toute la nuit pour dégager les routes encombrées d'arbres tombés."};

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
    corpus = analysed();
  }

  private static String dispatch(String... replacements) {
    String text = String.join("\n\n", DISPATCH);
    for (int i = 0; i + 1 < replacements.length; i += 2) {
      text = text.replace(replacements[i], replacements[i + 1]);
    }
    return text;
  }

  /** The dispatch four times, edited, plus distinct articles and one that quotes one paragraph. */
  private static Dataset<Row> corpus() {
    return corpus;
  }

  private static Dataset<Row> analysed() {
    List<Row> rows = new ArrayList<>();
    rows.add(RowFactory.create("w3", "2019-04-23", dispatch()));
    rows.add(RowFactory.create("w1", "2019-04-24", dispatch("mardi", "ce mardi", "premier sommet", "tout premier sommet")));
    rows.add(RowFactory.create("w2", "2019-04-23", "VLADIVOSTOK (AFP) - " + dispatch() + "\n\nAvec AFP."));
    rows.add(RowFactory.create("w4", null, dispatch("une fanfare militaire", "des officiels russes")));
    for (int i = 0; i < OTHERS.length; i++) {
      rows.add(RowFactory.create("o" + i, "2019-04-2" + i, OTHERS[i] + "\n\n" + OTHERS[(i + 1) % OTHERS.length]));
    }
    // An analysis piece that reuses one paragraph of the dispatch: not a copy of it.
    rows.add(RowFactory.create("q", "2019-04-22", OTHERS[0] + "\n\n" + DISPATCH[1] + "\n\n" + OTHERS[2] + "\n\n" + OTHERS[3]));
    rows.add(RowFactory.create("short", "2019-04-22", "Kim à Vladivostok."));
    StructType schema = new StructType().add("id", DataTypes.StringType).add("date", DataTypes.StringType)
        .add("text", DataTypes.StringType);
    return new FrenchNewsTokenizer().transform(spark.createDataFrame(rows, schema).repartition(2)).cache();
  }

  private static Dataset<Row> analyse(List<Row> rows) {
    StructType schema = new StructType().add("id", DataTypes.StringType).add("date", DataTypes.StringType)
        .add("text", DataTypes.StringType);
    return new FrenchNewsTokenizer().transform(spark.createDataFrame(rows, schema).repartition(2));
  }

  private static Map<String, String> representatives(Dataset<Row> members) {
    Map<String, String> found = new TreeMap<>();
    for (Row row : members.collectAsList()) {
      found.put(row.getString(0), row.getString(1));
    }
    return found;
  }

  @Test
  void clustersTheEditedCopiesOfADispatchAndAHigherThresholdLeavesOutTheMostEdited() {
    NearDuplicateModel model = new NearDuplicateDetector().fit(corpus());
    Dataset<Row> members = model.members(corpus());
    // Earliest date first, then the smallest id: w2 and w3 share the date; undated w4 is last.
    assertEquals(Map.of("w1", "w2", "w2", "w2", "w3", "w2", "w4", "w2"), representatives(members));
    double lowest = 1;
    for (Row row : members.collectAsList()) {
      double similarity = row.getDouble(2);
      assertTrue(similarity >= 0.5 && similarity <= 1.0, row.toString());
      lowest = Math.min(lowest, similarity);
    }
    assertTrue(model.lastConverged());
    members.unpersist();

    Dataset<Row> strict = model.setThreshold(Math.min(1.0, lowest + 0.01)).members(corpus());
    // The stricter threshold drops the member whose best pair is the weakest; the exact copies stay.
    assertTrue(strict.count() < 4, "members at the stricter threshold: " + representatives(strict));
    assertEquals("w2", representatives(strict).get("w3"));
    strict.unpersist();
  }

  @Test
  void transformAddsRepresentativeAndSimilarityColumns() {
    Dataset<Row> out = new NearDuplicateDetector().fit(corpus()).transform(corpus());
    assertTrue(List.of(out.columns()).containsAll(List.of("duplicate_of", "duplicate_similarity", "terms")));
    Map<String, Row> byId = new TreeMap<>();
    for (Row row : out.select("id", "duplicate_of", "duplicate_similarity").collectAsList()) {
      byId.put(row.getString(0), row);
    }
    assertEquals(10, byId.size());
    assertEquals("w2", byId.get("w4").getString(1));
    assertNull(byId.get("q").get(1));
    assertNull(byId.get("o0").get(2));
  }

  @Test
  void savesAndLoadsAsParamsAndFindsTheSameClusters(@TempDir Path dir) throws Exception {
    NearDuplicateModel model = new NearDuplicateDetector().setShingleSize(4).setThreshold(0.6)
        .setBands(12).setRows(2).setSeed(7).fit(corpus());
    String path = dir.resolve("neardup").toString();
    model.write().overwrite().save(path);
    NearDuplicateModel loaded = NearDuplicateModel.load(path);
    assertEquals(model.uid(), loaded.uid());
    assertEquals(4, (int) loaded.getOrDefault(loaded.shingleSize()));
    assertEquals(0.6, (double) loaded.getOrDefault(loaded.threshold()));
    assertEquals(12, (int) loaded.getOrDefault(loaded.bands()));
    assertEquals(2, (int) loaded.getOrDefault(loaded.rows()));
    assertEquals(7L, (long) loaded.getOrDefault(loaded.seed()));
    int[] shingles = Shingles.of(List.of("a", "b", "c", "d", "e", "f", "g"), 4);
    assertArrayEquals(model.hashes().bandKeys(shingles), loaded.hashes().bandKeys(shingles));
    Dataset<Row> before = model.members(corpus());
    Dataset<Row> after = loaded.members(corpus());
    assertEquals(representatives(before), representatives(after));
    assertEquals(model.lastCandidates(), loaded.lastCandidates());
    before.unpersist();
    after.unpersist();

    NearDuplicateDetector detector = new NearDuplicateDetector().setThreshold(0.7).setBands(9);
    detector.write().overwrite().save(dir.resolve("detector").toString());
    NearDuplicateDetector read = NearDuplicateDetector.read().load(dir.resolve("detector").toString());
    assertEquals(0.7, (double) read.getOrDefault(detector.threshold()));
    assertEquals(9, (int) read.getOrDefault(read.bands()));
  }

  @Test
  void findsCopiesAndLightEditsButNotDistinctArticlesOrAQuotedParagraph() {
    // id, text, whether it is a near-duplicate of the dispatch "base".
    Object[][] table = {
      {"base", dispatch(), true},
      {"copy", dispatch(), true},
      {"signed", "PARIS (Reuters) - " + dispatch() + "\n\nÉdité par la rédaction.", true},
      {"edited", dispatch("mardi", "lundi", "coopération", "collaboration", "matinée", "soirée"), true},
      {"other", OTHERS[0] + "\n\n" + OTHERS[1] + "\n\n" + OTHERS[2], false},
      {"quote", OTHERS[1] + "\n\n" + DISPATCH[2] + "\n\n" + OTHERS[3], false},
      {"half", DISPATCH[0] + "\n\n" + OTHERS[2] + "\n\n" + OTHERS[3] + "\n\n" + DISPATCH[3], false}};
    List<Row> rows = new ArrayList<>();
    for (Object[] line : table) {
      rows.add(RowFactory.create(line[0], "2019-04-23", line[1]));
    }
    Map<String, String> found = representatives(new NearDuplicateDetector().fit(corpus()).members(analyse(rows)));
    for (Object[] line : table) {
      assertEquals(line[2], found.containsKey((String) line[0]), line[0] + " in " + found);
    }
    assertTrue(found.values().stream().allMatch("base"::equals), found.toString());
  }

  @Test
  void aBucketOfIdenticalArticlesIsJoinedByNMinusOneEdgesNotAllPairs() {
    int n = 8;
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(RowFactory.create("c" + i, "2019-04-2" + i, dispatch()));
    }
    for (int i = 0; i < OTHERS.length; i++) {
      rows.add(RowFactory.create("o" + i, "2019-04-20", OTHERS[i]));
    }
    NearDuplicateModel model = new NearDuplicateDetector().fit(corpus());
    Dataset<Row> members = model.members(analyse(rows));
    Map<String, String> found = representatives(members);
    assertEquals(n, found.size(), found.toString());
    assertTrue(found.values().stream().allMatch("c0"::equals), found.toString());
    // Every band puts the n copies in one bucket: n - 1 edges from its head, not n(n - 1)/2 pairs.
    assertEquals(n - 1, model.lastCandidates());
    assertEquals(n - 1, model.lastVerified());
    members.unpersist();
  }

  @Test
  void clustersOnTheDriverAreThoseOfLabelPropagation() {
    assertSameClustersBothWays(corpus(), 4);
  }

  @Test
  void clustersOnTheDriverAreThoseOfLabelPropagationOnOrangeSum() {
    Path orangeSum = Path.of(System.getProperty("sujets.orangesum", "../shared/corpora/orangesum/orangesum.jsonl.gz"));
    Assumptions.assumeTrue(java.nio.file.Files.isReadable(orangeSum), "OrangeSum not available");
    Dataset<Row> articles = spark.read().json(orangeSum.toString()).limit(4000)
        .selectExpr("id", "date", "concat_ws('\\n\\n', title, text) AS text");
    assertSameClustersBothWays(new FrenchNewsTokenizer().transform(articles.repartition(2)).cache(), 100);
  }

  /** Members (id, representative, similarity) by union-find and by propagation: identical. */
  private static void assertSameClustersBothWays(Dataset<Row> analysed, int leastMembers) {
    NearDuplicateModel model = new NearDuplicateDetector().fit(analysed);
    Dataset<Row> onDriver = model.members(analysed);
    assertEquals(0, model.lastRounds(), "union-find runs no propagation round");
    Dataset<Row> propagated = model.setMaxCollectedPairs(0).members(analysed);
    assertTrue(model.lastRounds() > 0, "label propagation ran");
    List<String> driverRows = sortedRows(onDriver);
    assertTrue(driverRows.size() >= leastMembers, driverRows.size() + " members");
    assertEquals(sortedRows(propagated), driverRows);
    onDriver.unpersist();
    propagated.unpersist();
  }

  private static List<String> sortedRows(Dataset<Row> members) {
    return members.collectAsList().stream().map(Row::toString).sorted().toList();
  }

  @Test
  void distinctArticlesGiveNoMemberWithTheColumnsOfAClusteredRun() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < OTHERS.length; i++) {
      rows.add(RowFactory.create("o" + i, "2019-04-20", OTHERS[i]));
    }
    NearDuplicateModel model = new NearDuplicateDetector().fit(corpus());
    Dataset<Row> clustered = model.members(corpus());
    Dataset<Row> none = model.members(analyse(rows));
    assertEquals(0, none.count());
    assertEquals(0, model.lastVerified());
    assertEquals(0, model.lastRounds());
    assertTrue(model.lastConverged());
    assertEquals(clustered.schema().simpleString(), none.schema().simpleString());
    clustered.unpersist();
    Dataset<Row> out = model.transform(analyse(rows));
    assertEquals(OTHERS.length, out.filter("duplicate_of IS NULL AND duplicate_similarity IS NULL").count());
  }

  @Test
  void bandedMinHashFollowsItsSCurve() {
    assertEquals(0.93, BandedMinHash.candidateProbability(0.5, 20, 3), 0.005);
    assertEquals(0.02, BandedMinHash.candidateProbability(0.1, 20, 3), 0.001);
    // The share of agreeing MinHash values estimates the Jaccard similarity.
    int[] a = new int[1000];
    int[] b = new int[1000];
    for (int i = 0; i < 1000; i++) {
      a[i] = i;
      b[i] = i + 500; // 500 common of 1500: J = 1/3
    }
    assertEquals(1.0 / 3, Shingles.jaccard(a, b), 1e-12);
    long[] sa = new BandedMinHash(50, 4, 1).signature(a);
    long[] sb = new BandedMinHash(50, 4, 1).signature(b);
    int agree = 0;
    for (int i = 0; i < sa.length; i++) {
      agree += sa[i] == sb[i] ? 1 : 0;
    }
    assertEquals(1.0 / 3, agree / 200.0, 0.1);
    assertFalse(java.util.Arrays.equals(sa, new BandedMinHash(50, 4, 2).signature(a)));
  }

  @Test
  void rejectsParamsOutOfRangeAndMissingColumns() {
    assertThrows(IllegalArgumentException.class, () -> new NearDuplicateDetector().setThreshold(0));
    assertThrows(IllegalArgumentException.class, () -> new NearDuplicateDetector().setShingleSize(0));
    assertThrows(IllegalArgumentException.class, () -> new NearDuplicateDetector().setBands(501));
    assertThrows(IllegalArgumentException.class, () -> new NearDuplicateDetector().setRows(0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new NearDuplicateDetector().setDateCol("published").fit(corpus()));
    assertTrue(e.getMessage().contains("'published'"), e.getMessage());
  }

  @Test
  void shinglesAreTheDistinctRunsOfTerms() {
    assertNull(Shingles.of(List.of("a", "b"), 3));
    int[] hashes = Shingles.of(List.of("a", "b", "c", "a", "b"), 2); // ab bc ca ab
    assertEquals(3, hashes.length);
    assertTrue(hashes[0] < hashes[1] && hashes[1] < hashes[2] && hashes[0] >= 0);
    assertEquals(1, Shingles.of(List.of("a", "b", "c"), 3).length);
    assertEquals(1.0 / 3, Shingles.jaccard(Shingles.of(List.of("a", "b", "c"), 2), Shingles.of(List.of("a", "b", "d"), 2)),
        1e-12); // {ab bc} vs {ab bd}: 1 of 3

  }
}
