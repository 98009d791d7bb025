package org.sujets.features;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.util.List;
import org.apache.spark.ml.Estimator;
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
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Finds near-duplicate articles (the same wire dispatch published again, lightly edited): banded
 * MinHash LSH over word shingles of the analysed terms proposes candidate pairs, their exact
 * Jaccard similarity keeps those of at least {@code threshold}, and clusters are the connected
 * components of the kept pairs (see {@link NearDuplicateModel}). Linear in the corpus size: each
 * article yields {@code bands} bucket keys, and a bucket of n articles yields n − 1 candidates.
 *
 * <p>Fitting reads no data: the hash functions are derived from {@code seed}, so the model is its
 * Params. Params:
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
 *   <li>{@code bands}: bands of the MinHash signature, [1, 500]. A pair of similarity s is a
 *       candidate when all {@code rows} values of some band agree, with probability
 *       1 − (1 − s^rows)^bands. More bands find more pairs near the threshold. Default 20.
 *   <li>{@code rows}: MinHash values per band, [1, 20]. More rows make dissimilar pairs rarer
 *       candidates (and similar ones too: add bands). The signature costs bands × rows hashes per
 *       shingle. Default 3: with 20 bands, P(candidate) is 0.93 at s = 0.5, 0.02 at s = 0.1.
 *   <li>{@code seed}: seed of the hash functions. Default 42.
 *   <li>{@code maxRounds}: most label-propagation rounds when grouping pairs into clusters,
 *       [1, 1000]; a cluster spans as many rounds as its diameter. Default 20.
 *   <li>{@code representativeCol}, {@code similarityCol}: output columns, see the model.
 *       Defaults {@code duplicate_of}, {@code duplicate_similarity}.
 * </ul>
 */
public final class NearDuplicateDetector extends Estimator<NearDuplicateModel> implements DefaultParamsWritable {
  private static final long serialVersionUID = 1L;
  /** Column of shingle hashes, internal to the stage. */
  static final String SHINGLES = "shingles";

  static final int DEFAULT_BANDS = 20;
  static final int DEFAULT_ROWS = 3;
  static final String BANDS_DOC = "bands of the MinHash signature: a pair of Jaccard similarity s is a candidate"
      + " with probability 1 - (1 - s^rows)^bands, range [1, 500]. Default: " + DEFAULT_BANDS;
  static final String ROWS_DOC = "MinHash values per band: more make dissimilar pairs rarer candidates,"
      + " range [1, 20]. Default: " + DEFAULT_ROWS;

  private final String uid;
  private final Param<String> termsCol;
  private final Param<String> idCol;
  private final Param<String> dateCol;
  private final IntParam shingleSize;
  private final DoubleParam threshold;
  private final IntParam bands;
  private final IntParam rows;
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
    this.bands = new IntParam(this, "bands", BANDS_DOC, ParamValidators.inRange(1, 500));
    this.rows = new IntParam(this, "rows", ROWS_DOC, ParamValidators.inRange(1, 20));
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
    setDefault(bands, DEFAULT_BANDS);
    setDefault(rows, DEFAULT_ROWS);
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
  public IntParam bands() { return bands; }
  public IntParam rows() { return rows; }
  public LongParam seed() { return seed; }
  public IntParam maxRounds() { return maxRounds; }
  public Param<String> representativeCol() { return representativeCol; }
  public Param<String> similarityCol() { return similarityCol; }

  public NearDuplicateDetector setTermsCol(String v) { set(termsCol, v); return this; }
  public NearDuplicateDetector setIdCol(String v) { set(idCol, v); return this; }
  public NearDuplicateDetector setDateCol(String v) { set(dateCol, v); return this; }
  public NearDuplicateDetector setShingleSize(int v) { set(shingleSize, v); return this; }
  public NearDuplicateDetector setThreshold(double v) { set(threshold, v); return this; }
  public NearDuplicateDetector setBands(int v) { set(bands, v); return this; }
  public NearDuplicateDetector setRows(int v) { set(rows, v); return this; }
  public NearDuplicateDetector setSeed(long v) { set(seed, v); return this; }
  public NearDuplicateDetector setMaxRounds(int v) { set(maxRounds, v); return this; }
  public NearDuplicateDetector setRepresentativeCol(String v) { set(representativeCol, v); return this; }
  public NearDuplicateDetector setSimilarityCol(String v) { set(similarityCol, v); return this; }

  @Override
  public NearDuplicateModel fit(Dataset<?> dataset) {
    transformSchema(dataset.schema(), true);
    NearDuplicateModel model = new NearDuplicateModel(uid);
    copyValues(model, extractParamMap());
    model.setParent(this);
    return model;
  }

  /**
   * The input with a {@link #SHINGLES} column (sorted distinct shingle hashes, array&lt;int&gt;),
   * without the articles too short to compare.
   */
  static Dataset<?> shingles(Dataset<?> dataset, String terms, int size) {
    UDF1<scala.collection.Seq<String>, int[]> hashes =
        seq -> Shingles.of(seq == null ? null : scala.jdk.javaapi.CollectionConverters.asJava(seq), size);
    Column shingles = udf(hashes, DataTypes.createArrayType(DataTypes.IntegerType, false)).apply(col(terms));
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
