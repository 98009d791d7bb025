package org.sujets.features;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.util.List;
import org.apache.spark.ml.Estimator;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.LongParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.StructType;

/**
 * Finds near-duplicate articles (the same wire dispatch published again, lightly edited): Spark
 * MLlib's MinHashLSH over word shingles of the analysed terms, a self-join of the articles whose
 * shingle sets have a Jaccard similarity of at least {@code threshold}, and clusters as connected
 * components of those pairs (see {@link NearDuplicateModel}).
 *
 * <p>Fitting only draws the MinHash functions from {@code seed}; it reads one row. Params:
 *
 * <ul>
 *   <li>{@code termsCol}: analysed terms, array&lt;string&gt;. Default {@code terms}.
 *   <li>{@code idCol}, {@code dateCol}: article id (unique) and ISO date, strings; the cluster's
 *       representative is its earliest-dated article, then the smallest id (undated last).
 *       Defaults {@code id}, {@code date}.
 *   <li>{@code shingleSize}: consecutive terms per shingle, [1, 20]. Default 5. Articles with
 *       fewer terms are not compared.
 *   <li>{@code threshold}: lowest Jaccard similarity of two articles' shingle sets for them to be
 *       near-duplicates, (0, 1]. Default 0.5.
 *   <li>{@code numHashTables}: MinHash tables, [1, 100]. A pair of similarity s is a candidate
 *       with probability 1 − (1 − s)^n; more tables find more pairs near the threshold and cost
 *       proportionally more. Default 5.
 *   <li>{@code seed}: seed of the hash functions. Default 42.
 *   <li>{@code maxRounds}: most label-propagation rounds when grouping pairs into clusters,
 *       [1, 1000]; a cluster spans as many rounds as its diameter. Default 20.
 *   <li>{@code representativeCol}, {@code similarityCol}: output columns, see the model.
 *       Defaults {@code duplicate_of}, {@code duplicate_similarity}.
 * </ul>
 */
public final class NearDuplicateDetector extends Estimator<NearDuplicateModel> implements DefaultParamsWritable {
  private static final long serialVersionUID = 1L;
  /** Column of shingle vectors, internal to the stage. */
  static final String SHINGLES = "shingles";

  private final String uid;
  private final Param<String> termsCol;
  private final Param<String> idCol;
  private final Param<String> dateCol;
  private final IntParam shingleSize;
  private final DoubleParam threshold;
  private final IntParam numHashTables;
  private final LongParam seed;
  private final IntParam maxRounds;
  private final Param<String> representativeCol;
  private final Param<String> similarityCol;

  public NearDuplicateDetector(String uid) {
    this.uid = uid;
    this.termsCol = new Param<>(this, "termsCol", "column of analysed terms (array<string>). Default: terms");
    this.idCol = new Param<>(this, "idCol", "column of unique article ids. Default: id");
    this.dateCol = new Param<>(this, "dateCol", "column of ISO dates; the earliest article represents its cluster. Default: date");
    this.shingleSize = new IntParam(this, "shingleSize", "consecutive terms per shingle, range [1, 20]. Default: 5",
        ParamValidators.inRange(1, 20));
    this.threshold = new DoubleParam(this, "threshold",
        "lowest Jaccard similarity of two articles' shingle sets to call them near-duplicates, range (0, 1]. Default: 0.5",
        ParamValidators.inRange(0, 1, false, true));
    this.numHashTables = new IntParam(this, "numHashTables",
        "MinHash tables: more find more pairs near the threshold, at proportional cost, range [1, 100]. Default: 5",
        ParamValidators.inRange(1, 100));
    this.seed = new LongParam(this, "seed", "seed of the MinHash functions. Default: 42");
    this.maxRounds = new IntParam(this, "maxRounds",
        "most label-propagation rounds to group pairs into clusters, range [1, 1000]. Default: 20",
        ParamValidators.inRange(1, 1000));
    this.representativeCol = new Param<>(this, "representativeCol",
        "output: id of the article's cluster representative, null outside clusters. Default: duplicate_of");
    this.similarityCol = new Param<>(this, "similarityCol",
        "output: highest Jaccard similarity to another member of the cluster, null outside clusters. Default: duplicate_similarity");
    setDefault(termsCol, FeaturePipeline.TERMS);
    setDefault(idCol, "id");
    setDefault(dateCol, "date");
    setDefault(shingleSize, 5);
    setDefault(threshold, 0.5);
    setDefault(numHashTables, 5);
    setDefault(seed, 42L);
    setDefault(maxRounds, 20);
    setDefault(representativeCol, "duplicate_of");
    setDefault(similarityCol, "duplicate_similarity");
  }

  public NearDuplicateDetector() {
    this(Identifiable.randomUID("neardup"));
  }

  public static MLReader<NearDuplicateDetector> read() {
    return new DefaultParamsReader<>();
  }

  @Override
  public String uid() {
    return uid;
  }

  public Param<String> termsCol() { return termsCol; }
  public Param<String> idCol() { return idCol; }
  public Param<String> dateCol() { return dateCol; }
  public IntParam shingleSize() { return shingleSize; }
  public DoubleParam threshold() { return threshold; }
  public IntParam numHashTables() { return numHashTables; }
  public LongParam seed() { return seed; }
  public IntParam maxRounds() { return maxRounds; }
  public Param<String> representativeCol() { return representativeCol; }
  public Param<String> similarityCol() { return similarityCol; }

  public NearDuplicateDetector setTermsCol(String v) { set(termsCol, v); return this; }
  public NearDuplicateDetector setIdCol(String v) { set(idCol, v); return this; }
  public NearDuplicateDetector setDateCol(String v) { set(dateCol, v); return this; }
  public NearDuplicateDetector setShingleSize(int v) { set(shingleSize, v); return this; }
  public NearDuplicateDetector setThreshold(double v) { set(threshold, v); return this; }
  public NearDuplicateDetector setNumHashTables(int v) { set(numHashTables, v); return this; }
  public NearDuplicateDetector setSeed(long v) { set(seed, v); return this; }
  public NearDuplicateDetector setMaxRounds(int v) { set(maxRounds, v); return this; }
  public NearDuplicateDetector setRepresentativeCol(String v) { set(representativeCol, v); return this; }
  public NearDuplicateDetector setSimilarityCol(String v) { set(similarityCol, v); return this; }

  @Override
  public NearDuplicateModel fit(Dataset<?> dataset) {
    transformSchema(dataset.schema(), true);
    MinHashLSH lsh = new MinHashLSH().setInputCol(SHINGLES).setOutputCol(NearDuplicateModel.HASHES)
        .setNumHashTables((Integer) $(numHashTables)).setSeed((Long) $(seed));
    Dataset<?> shingled = shingles(dataset, $(termsCol), (Integer) $(shingleSize)).limit(1);
    MinHashLSHModel fitted = lsh.fit(shingled);
    NearDuplicateModel model = new NearDuplicateModel(uid, fitted);
    copyValues(model, extractParamMap());
    model.setParent(this);
    return model;
  }

  /** The input with a {@link #SHINGLES} vector column, without the articles too short to compare. */
  static Dataset<?> shingles(Dataset<?> dataset, String terms, int size) {
    UDF1<scala.collection.Seq<String>, org.apache.spark.ml.linalg.Vector> vector =
        seq -> Shingles.of(seq == null ? null : scala.jdk.javaapi.CollectionConverters.asJava(seq), size);
    Column shingles = udf(vector, SQLDataTypes.VectorType()).apply(col(terms));
    return dataset.toDF().withColumn(SHINGLES, shingles).filter(col(SHINGLES).isNotNull());
  }

  @Override
  public StructType transformSchema(StructType schema) {
    for (String c : List.of($(termsCol), $(idCol), $(dateCol))) {
      SchemaChecks.requireColumn(schema, "input", c, "");
    }
    return NearDuplicateModel.outputSchema(schema, $(representativeCol), $(similarityCol));
  }

  @Override
  public NearDuplicateDetector copy(ParamMap extra) {
    return (NearDuplicateDetector) defaultCopy(extra);
  }
}
