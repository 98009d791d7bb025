package org.sujets.features;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;

import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.Model;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsReader$;
import org.apache.spark.ml.util.DefaultParamsWriter$;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.ml.util.MLWritable;
import org.apache.spark.ml.util.MLWriter;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The fitted near-duplicate stage: wraps the fitted {@link MinHashLSHModel}. {@link #members}
 * self-joins the articles with {@code approxSimilarityJoin} (pairs with Jaccard similarity ≥
 * {@code threshold}, checked exactly on the shingle sets, so a reported pair is never below it;
 * a pair is missed only when no hash table puts it in one bucket), then groups the pairs into
 * clusters by {@link ConnectedComponents}. A cluster's representative is its earliest-dated
 * member, then the smallest id; undated members come last. {@link #transform} adds the
 * representative and similarity columns (null for articles in no cluster).
 *
 * <p>Params as {@link NearDuplicateDetector} (except the seed, which the MinHash model holds).
 * Saved as the Params' metadata plus the MinHash model in {@code lsh/}.
 */
public final class NearDuplicateModel extends Model<NearDuplicateModel> implements MLWritable {
  private static final long serialVersionUID = 1L;
  /** Column of MinHash values, internal to the stage. */
  static final String HASHES = "minhashes";
  /** Members' columns: {@code id}, {@code representative}, {@code similarity}. */
  public static final String ID = "id";
  public static final String REPRESENTATIVE = "representative";
  public static final String SIMILARITY = "similarity";

  private final String uid;
  private final MinHashLSHModel lsh;
  private final Param<String> termsCol;
  private final Param<String> idCol;
  private final Param<String> dateCol;
  private final IntParam shingleSize;
  private final DoubleParam threshold;
  private final IntParam numHashTables;
  private final IntParam maxRounds;
  private final Param<String> representativeCol;
  private final Param<String> similarityCol;
  /** Rounds and convergence of the last {@link #members} call, for the caller's summary. */
  private transient ConnectedComponents.Labels lastLabels;

  public NearDuplicateModel(String uid, MinHashLSHModel lsh) {
    this.uid = uid;
    this.lsh = lsh;
    this.termsCol = new Param<>(this, "termsCol", "column of analysed terms (array<string>). Default: terms");
    this.idCol = new Param<>(this, "idCol", "column of unique article ids. Default: id");
    this.dateCol = new Param<>(this, "dateCol", "column of ISO dates; the earliest article represents its cluster. Default: date");
    this.shingleSize = new IntParam(this, "shingleSize", "consecutive terms per shingle, range [1, 20]. Default: 5",
        ParamValidators.inRange(1, 20));
    this.threshold = new DoubleParam(this, "threshold",
        "lowest Jaccard similarity of two articles' shingle sets to call them near-duplicates, range (0, 1]. Default: 0.5",
        ParamValidators.inRange(0, 1, false, true));
    this.numHashTables = new IntParam(this, "numHashTables", "MinHash tables (as fitted), range [1, 100]. Default: 5",
        ParamValidators.inRange(1, 100));
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
    setDefault(maxRounds, 20);
    setDefault(representativeCol, "duplicate_of");
    setDefault(similarityCol, "duplicate_similarity");
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
  public IntParam maxRounds() { return maxRounds; }
  public Param<String> representativeCol() { return representativeCol; }
  public Param<String> similarityCol() { return similarityCol; }

  public NearDuplicateModel setThreshold(double v) { set(threshold, v); return this; }
  public NearDuplicateModel setMaxRounds(int v) { set(maxRounds, v); return this; }
  public NearDuplicateModel setRepresentativeCol(String v) { set(representativeCol, v); return this; }
  public NearDuplicateModel setSimilarityCol(String v) { set(similarityCol, v); return this; }

  /** The wrapped MinHash model. */
  public MinHashLSHModel lsh() {
    return lsh;
  }

  /** Label-propagation rounds of the last {@link #members} call (0 before any). */
  public int lastRounds() {
    return lastLabels == null ? 0 : lastLabels.rounds();
  }

  /** Whether the last {@link #members} call's clusters settled within {@code maxRounds}. */
  public boolean lastConverged() {
    return lastLabels == null || lastLabels.converged();
  }

  /**
   * One row per article in a cluster of near-duplicates: {@link #ID}, {@link #REPRESENTATIVE}
   * (its own id for the representative) and {@link #SIMILARITY} (highest Jaccard similarity to
   * another member). Computed now; the result is cached: unpersist it when done.
   */
  public Dataset<Row> members(Dataset<?> dataset) {
    transformSchema(dataset.schema(), true);
    // The key orders articles as representatives should be chosen: earliest date, then id.
    Column key = struct(coalesce(col($(dateCol)), lit("~")).as("date"), col($(idCol)).as("id"));
    Dataset<?> hashed =
        lsh.transform(
            NearDuplicateDetector.shingles(dataset.toDF().select(key.as("key"), col($(termsCol))), $(termsCol),
                (Integer) $(shingleSize)).drop($(termsCol)));
    // Jaccard distance strictly below 1 - threshold in Spark: the epsilon keeps pairs at it.
    double distance = 1 - (Double) $(threshold) + 1e-9;
    Dataset<Row> pairs =
        lsh.approxSimilarityJoin(hashed, hashed, distance, "distance")
            .select(col("datasetA.key").as("src"), col("datasetB.key").as("dst"),
                lit(1.0).minus(col("distance")).as(SIMILARITY))
            .filter(col("src").lt(col("dst")))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      ConnectedComponents.Labels labels = ConnectedComponents.of(pairs, (Integer) $(maxRounds));
      lastLabels = labels;
      Dataset<Row> best =
          pairs.select(col("src").as("node"), col(SIMILARITY))
              .union(pairs.select(col("dst").as("node"), col(SIMILARITY)))
              .groupBy("node").agg(max(SIMILARITY).as(SIMILARITY));
      Dataset<Row> members =
          labels.labels().join(best, ConnectedComponents.NODE)
              .select(col("node.id").as(ID), col("label.id").as(REPRESENTATIVE), col(SIMILARITY))
              .persist(StorageLevel.MEMORY_AND_DISK());
      members.count();
      labels.labels().unpersist();
      return members;
    } finally {
      pairs.unpersist();
    }
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    Dataset<Row> members = members(dataset);
    Dataset<Row> renamed = members.select(col(ID).as("__dup_id"), col(REPRESENTATIVE).as($(representativeCol)),
        col(SIMILARITY).as($(similarityCol)));
    Dataset<Row> input = dataset.toDF();
    return input.join(renamed, input.col($(idCol)).equalTo(renamed.col("__dup_id")), "left_outer").drop("__dup_id");
  }

  static StructType outputSchema(StructType schema, String representative, String similarity) {
    return schema.add(representative, DataTypes.StringType, true).add(similarity, DataTypes.DoubleType, true);
  }

  @Override
  public StructType transformSchema(StructType schema) {
    for (String c : List.of($(termsCol), $(idCol), $(dateCol))) {
      SchemaChecks.requireColumn(schema, "input", c, "");
    }
    return outputSchema(schema, $(representativeCol), $(similarityCol));
  }

  @Override
  public NearDuplicateModel copy(ParamMap extra) {
    NearDuplicateModel copied = new NearDuplicateModel(uid, lsh);
    copyValues(copied, extra);
    return copied.setParent(parent());
  }

  @Override
  public MLWriter write() {
    return new Writer(this);
  }

  public static MLReader<NearDuplicateModel> read() {
    return new Reader();
  }

  public static NearDuplicateModel load(String path) {
    return read().load(path);
  }

  /** Params as Spark's default metadata, the MinHash model beside them. */
  private static final class Writer extends MLWriter {
    private final NearDuplicateModel instance;

    Writer(NearDuplicateModel instance) {
      this.instance = instance;
    }

    @Override
    public void saveImpl(String path) {
      DefaultParamsWriter$.MODULE$.saveMetadata(instance, path, sparkSession());
      try {
        instance.lsh.save(new Path(path, "lsh").toString());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  private static final class Reader extends MLReader<NearDuplicateModel> {
    @Override
    public NearDuplicateModel load(String path) {
      DefaultParamsReader.Metadata metadata =
          DefaultParamsReader$.MODULE$.loadMetadata(path, sparkSession(), NearDuplicateModel.class.getName());
      MinHashLSHModel lsh = MinHashLSHModel.load(new Path(path, "lsh").toString());
      NearDuplicateModel model = new NearDuplicateModel(metadata.uid(), lsh);
      metadata.getAndSetParams(model, scala.Option.empty());
      return model;
    }
  }
}
