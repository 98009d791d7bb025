package org.sujets.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.spark.ml.Estimator;
import org.apache.spark.ml.Model;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.Params;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sujets.LocalSpark;

/**
 * Each stage family's Params interface against its Estimator and Model: one declaration seen by
 * both (names, docs, defaults), listed once by Spark's reflection, carried from the estimator to
 * the fitted model, kept by copy and by a save and load.
 */
class ParamFamiliesTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
  }

  /**
   * A family: its interface, an estimator with every family param set to a value other than its
   * default, an empty input with the columns those values name, and the readers of its stages.
   */
  record Family(
      String name,
      Class<? extends Params> params,
      Supplier<Estimator<?>> configured,
      StructType input,
      Function<String, Params> readEstimator,
      Function<String, Params> readModel) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final StructType TOKENS = new StructType()
      .add("t", DataTypes.createArrayType(DataTypes.StringType))
      .add("s", DataTypes.createArrayType(DataTypes.StringType))
      .add("g", DataTypes.createArrayType(DataTypes.StringType))
      .add("key", DataTypes.StringType)
      .add("day", DataTypes.StringType);

  static Stream<Family> families() {
    return Stream.of(
        new Family("phrases", PhraseParams.class,
            () -> new PhraseDetector().setTermsCol("t").setSurfacesCol("s").setGapsCol("g")
                .setConnectorWords(new String[] {"de"}).setMaxLength(4).setMinCount(2).setThreshold(0.25)
                .setMaxPhrases(7),
            TOKENS, path -> PhraseDetector.read().load(path), PhraseModel::load),
        new Family("boilerplate", BoilerplateParams.class,
            () -> new BoilerplateRemover().setInputCol("body").setSourceCol("outlet").setMinArticles(3)
                .setMinShare(0.2).setMaxLineChars(80).setUsePatterns(false),
            new StructType().add("body", DataTypes.StringType).add("outlet", DataTypes.StringType),
            path -> BoilerplateRemover.read().load(path), BoilerplateModel::load),
        new Family("near-duplicates", NearDuplicateParams.class,
            () -> new NearDuplicateDetector().setTermsCol("t").setIdCol("key").setDateCol("day").setShingleSize(4)
                .setThreshold(0.7).setBands(9).setRows(2).setSeed(7).setMaxRounds(5).setMaxCollectedPairs(9)
                .setRepresentativeCol("rep").setSimilarityCol("sim"),
            TOKENS, path -> NearDuplicateDetector.read().load(path), NearDuplicateModel::load));
  }

  /** The names of the Params the family's interface declares, from its accessors. */
  private static List<String> declaredNames(Family family) {
    List<String> names = new ArrayList<>();
    for (Method m : family.params().getMethods()) {
      if (Param.class.isAssignableFrom(m.getReturnType()) && m.getParameterCount() == 0) {
        names.add(m.getName());
      }
    }
    names.sort(null);
    return names;
  }

  private static Model<?> fit(Family family, Estimator<?> estimator) {
    Dataset<Row> empty = spark.createDataFrame(List.of(), family.input());
    return estimator.fit(empty);
  }

  private static Object value(Params stage, String name) {
    return stage.getOrDefault(stage.getParam(name));
  }

  private static Object defaultOf(Params stage, String name) {
    return stage.getDefault(stage.getParam(name)).get();
  }

  private static void assertSameValues(Params expected, Params actual, List<String> names) {
    for (String name : names) {
      assertTrue(Objects.deepEquals(value(expected, name), value(actual, name)),
          name + ": " + Arrays.deepToString(new Object[] {value(expected, name)}) + " became "
              + Arrays.deepToString(new Object[] {value(actual, name)}));
    }
  }

  @ParameterizedTest
  @MethodSource("families")
  void estimatorAndModelShareEachDeclaredParam(Family family) {
    Estimator<?> estimator = family.configured().get();
    Model<?> model = fit(family, estimator);
    List<String> names = declaredNames(family);
    assertFalse(names.isEmpty());
    for (Params stage : List.<Params>of(estimator, model)) {
      for (String name : names) {
        Param<?> param = stage.getParam(name);
        assertEquals(name, param.name());
        assertEquals(stage.uid(), param.parent(), name + " belongs to its stage");
        assertTrue(stage.hasDefault(param), name + " has a default on " + stage.getClass().getSimpleName());
      }
    }
    for (String name : names) {
      assertEquals(estimator.getParam(name).doc(), model.getParam(name).doc(), name);
      assertTrue(Objects.deepEquals(defaultOf(estimator, name), defaultOf(model, name)), name);
    }
  }

  @ParameterizedTest
  @MethodSource("families")
  void sparkListsEveryParamOnceAndExplainsIt(Family family) {
    Estimator<?> estimator = family.configured().get();
    for (Params stage : List.<Params>of(estimator, fit(family, estimator))) {
      List<String> listed = Arrays.stream(stage.params()).map(Param::name).toList();
      assertEquals(new TreeSet<>(listed).size(), listed.size(), "listed twice: " + listed);
      assertTrue(listed.containsAll(declaredNames(family)), listed::toString);
      String[] lines = stage.explainParams().split("\n");
      assertEquals(listed.size(), lines.length);
      for (int i = 0; i < lines.length; i++) {
        assertTrue(lines[i].startsWith(listed.get(i) + ": "), lines[i]);
        assertTrue(lines[i].contains("(default: "), lines[i]);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("families")
  void theFittedModelCarriesTheEstimatorsValues(Family family) {
    Estimator<?> estimator = family.configured().get();
    List<String> names = declaredNames(family);
    for (String name : names) { // else the comparison below could not tell a copied value from a default
      assertTrue(estimator.isSet(estimator.getParam(name)), name + " is set by the family's fixture");
      assertFalse(Objects.deepEquals(value(estimator, name), defaultOf(estimator, name)),
          name + " differs from its default");
    }
    Model<?> model = fit(family, estimator);
    assertEquals(estimator.uid(), model.uid());
    assertEquals(estimator, model.parent());
    assertSameValues(estimator, model, names);
  }

  @ParameterizedTest
  @MethodSource("families")
  void copyKeepsTheValuesAndTakesTheExtraOnes(Family family) {
    Estimator<?> estimator = family.configured().get();
    Model<?> model = fit(family, estimator);
    String first = declaredNames(family).get(0);
    for (Params stage : List.<Params>of(estimator, model)) {
      Params copied = stage.copy(ParamMap.empty());
      assertNotSame(stage, copied);
      assertEquals(stage.uid(), copied.uid());
      assertSameValues(stage, copied, Arrays.stream(stage.params()).map(Param::name).toList());
      Object other = defaultOf(stage, first);
      Params withExtra = stage.copy(new ParamMap().put(stage.getParam(first), other));
      assertTrue(Objects.deepEquals(other, value(withExtra, first)), first);
    }
  }

  @ParameterizedTest
  @MethodSource("families")
  void savedAndLoadedStagesKeepEveryValue(Family family, @TempDir Path dir) throws Exception {
    Estimator<?> estimator = family.configured().get();
    Model<?> model = fit(family, estimator);
    String estimatorPath = dir.resolve("estimator").toString();
    String modelPath = dir.resolve("model").toString();
    ((DefaultParamsWritable) estimator).save(estimatorPath);
    ((DefaultParamsWritable) model).save(modelPath);
    Params readEstimator = family.readEstimator().apply(estimatorPath);
    Params readModel = family.readModel().apply(modelPath);
    assertEquals(estimator.getClass(), readEstimator.getClass());
    assertEquals(model.getClass(), readModel.getClass());
    assertSameValues(estimator, readEstimator, Arrays.stream(estimator.params()).map(Param::name).toList());
    assertSameValues(model, readModel, Arrays.stream(model.params()).map(Param::name).toList());
  }
}
