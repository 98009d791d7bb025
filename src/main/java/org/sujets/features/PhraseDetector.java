package org.sujets.features;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.lit;
import org.apache.spark.sql.functions;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.ml.Estimator;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Learns French phrases (collocations) from analysed articles: adjacent tokens, possibly
 * separated by connector words ({@code corée du nord}, {@code conseil de sécurité}), that occur
 * together far more often than chance. Scored by normalised pointwise mutual information
 * {@code npmi = ln(p(xy) / (p(x) p(y))) / -ln p(xy)} over token counts, in [-1, 1], 1 when the
 * words only ever occur together. Phrases of up to {@code maxLength} tokens are built in
 * {@code maxLength - 1} rounds, each round joining the previous round's phrases with one more
 * unit (as gensim's Phrases does).
 *
 * <p>Input: the terms, surfaces and gaps columns of {@link FrenchNewsTokenizer} (set its {@code
 * gapsCol}). Counting is distributed; only the phrases kept (at most {@code maxPhrases}) reach the
 * driver.
 */
public final class PhraseDetector extends Estimator<PhraseModel> implements PhraseParams, DefaultParamsWritable {
  private static final long serialVersionUID = 1L;

  private final String uid;
  private final PhraseParams.Declared declared;

  public PhraseDetector(String uid) {
    this.uid = uid;
    this.declared = PhraseParams.Declared.on(this);
  }

  public PhraseDetector() {
    this(Identifiable.randomUID("phrases"));
  }

  public static MLReader<PhraseDetector> read() {
    return new DefaultParamsReader<>();
  }

  @Override
  public String uid() {
    return uid;
  }

  @Override
  public PhraseParams.Declared phraseParams() {
    return declared;
  }

  public PhraseDetector setTermsCol(String v) { set(termsCol(), v); return this; }
  public PhraseDetector setSurfacesCol(String v) { set(surfacesCol(), v); return this; }
  public PhraseDetector setGapsCol(String v) { set(gapsCol(), v); return this; }
  public PhraseDetector setConnectorWords(String[] v) { set(connectorWords(), v); return this; }
  public PhraseDetector setMaxLength(int v) { set(maxLength(), v); return this; }
  public PhraseDetector setMinCount(int v) { set(minCount(), v); return this; }
  public PhraseDetector setThreshold(double v) { set(threshold(), v); return this; }
  public PhraseDetector setMaxPhrases(int v) { set(maxPhrases(), v); return this; }

  @Override
  public PhraseModel fit(Dataset<?> dataset) {
    transformSchema(dataset.schema(), true);
    Dataset<Row> input = dataset.select(col(getTermsCol()), col(getSurfacesCol()), col(getGapsCol()));
    Set<String> connectors = new LinkedHashSet<>(Arrays.asList(getConnectorWords()));
    int length = getMaxLength();
    Set<String> phrases = new LinkedHashSet<>();
    for (int round = 1; round < length; round++) {
      PhraseJoiner joiner = new PhraseJoiner(phrases, connectors, length);
      List<String> found = round(input, joiner, length);
      if (!phrases.addAll(found)) {
        break;
      }
    }
    PhraseModel model = new PhraseModel(uid, phrases.toArray(new String[0]));
    copyValues(model, extractParamMap());
    model.setParent(this);
    return model;
  }

  /**
   * One round: units after joining the phrases known so far, pairs of adjacent joinable units,
   * NPMI of each frequent pair. WARNING: collects the kept phrases (at most maxPhrases).
   */
  private List<String> round(Dataset<Row> input, PhraseJoiner joiner, int length) {
    StructType rowType = new StructType()
        .add("left", DataTypes.StringType, false)
        .add("right", DataTypes.StringType, true)
        .add("phrase", DataTypes.StringType, true);
    Dataset<Row> events = input.flatMap((FlatMapFunction<Row, Row>) row -> events(row, joiner, length), Encoders.row(rowType));
    // One aggregation for units (right and phrase null) and pairs, cached without the rare pairs:
    // the joiner then runs once per round instead of once per query that reads the counts.
    Dataset<Row> counted = events.groupBy("left", "right", "phrase").count()
        .filter(col("right").isNull().or(col("count").geq(getMinCount())))
        // A cached plan keeps spark.sql.shuffle.partitions (200) partitions: adaptive execution
        // may not coalesce it, and 200 tiny tasks per later job cost seconds.
        .coalesce(input.sparkSession().sparkContext().defaultParallelism())
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      return scored(counted, getMaxPhrases(), getThreshold());
    } finally {
      counted.unpersist();
    }
  }

  /** The phrases of one round's counts, the most frequent first. */
  private static List<String> scored(Dataset<Row> counted, int maxPhrases, double threshold) {
    Dataset<Row> units = counted.filter(col("right").isNull()).select(col("left").as("unit"), col("count"));
    Row total = units.agg(sum("count")).first();
    if (total.isNullAt(0)) {
      return List.of();
    }
    double n = total.getLong(0);
    Dataset<Row> pairs = counted.filter(col("right").isNotNull());
    Dataset<Row> l = units.select(col("unit").as("l_unit"), col("count").as("l_count"));
    Dataset<Row> r = units.select(col("unit").as("r_unit"), col("count").as("r_count"));
    Column pxy = col("count").divide(n);
    Column px = col("l_count").divide(n);
    Column py = col("r_count").divide(n);
    Column npmi = functions.log(pxy.divide(px.multiply(py))).divide(functions.log(pxy).multiply(-1));
    Dataset<Row> scored = pairs.join(l, col("left").equalTo(col("l_unit")))
        .join(r, col("right").equalTo(col("r_unit")))
        // a pair seen in every occurrence of both words has p(xy) = 1 only in a 2-token corpus
        .withColumn("npmi", org.apache.spark.sql.functions.when(pxy.lt(1), npmi).otherwise(lit(1.0)))
        .filter(col("npmi").geq(threshold))
        .orderBy(desc("count"), col("phrase"))
        .limit(maxPhrases);
    List<String> found = new ArrayList<>();
    for (Row row : scored.select("phrase").collectAsList()) {
      found.add(row.getString(0));
    }
    return found;
  }

  private static Iterator<Row> events(Row row, PhraseJoiner joiner, int length) {
    String[] terms = PhraseModel.strings(row, 0);
    String[] surfaces = PhraseModel.strings(row, 1);
    String[] gaps = PhraseModel.strings(row, 2);
    PhraseJoiner.Units units = joiner.apply(terms, surfaces, gaps);
    List<Row> out = new ArrayList<>(units.terms().size() * 2);
    for (int i = 0; i < units.terms().size(); i++) {
      String term = units.terms().get(i);
      out.add(RowFactory.create(term, null, null));
      if (i == 0 || gaps == null) {
        continue;
      }
      String connectors = joiner.connectorsOf(units.gaps().get(i));
      if (connectors != null && units.lengths().get(i - 1) + units.lengths().get(i) <= length) {
        String left = units.terms().get(i - 1);
        out.add(RowFactory.create(left, term, PhraseJoiner.join(left, connectors, term)));
      }
    }
    return out.iterator();
  }

  @Override
  public StructType transformSchema(StructType schema) {
    for (String c : List.of(getTermsCol(), getSurfacesCol(), getGapsCol())) {
      SchemaChecks.requireColumn(schema, "input", c, " (the phrase stage needs the tokenizer's gapsCol set)");
    }
    return schema;
  }

  @Override
  public PhraseDetector copy(ParamMap extra) {
    return (PhraseDetector) defaultCopy(extra);
  }
}
