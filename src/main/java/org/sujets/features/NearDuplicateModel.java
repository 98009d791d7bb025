package org.sujets.features;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.ml.Model;
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
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The fitted near-duplicate stage. {@link #members} finds clusters in four steps, each linear in
 * the corpus size:
 *
 * <ol>
 *   <li>each article's {@code bands} bucket keys ({@link BandedMinHash} of its shingle set);
 *   <li>candidates: in each (band, key) bucket of n ≥ 2 articles, the n − 1 edges from its
 *       smallest article to the others (not the n(n − 1)/2 pairs: an edge chain connects the
 *       bucket as well), distinct over bands;
 *   <li>verification: exact Jaccard similarity of each candidate's shingle sets, keeping those ≥
 *       {@code threshold} (a reported pair is never below it; a pair is missed only when no band
 *       puts it in one bucket and no chain of verified edges joins it);
 *   <li>clusters: {@link ConnectedComponents} of the verified edges. A cluster's representative is
 *       its earliest-dated member, then the smallest id; undated members come last.
 * </ol>
 *
 * {@link #transform} adds the representative and similarity columns (null for articles in no
 * cluster). Params as {@link NearDuplicateDetector}; the hash functions derive from {@code seed},
 * so the model is saved as its Params alone.
 */
public final class NearDuplicateModel extends Model<NearDuplicateModel> implements DefaultParamsWritable {
  private static final long serialVersionUID = 1L;
  /** Members' columns: {@code id}, {@code representative}, {@code similarity}. */
  public static final String ID = "id";
  public static final String REPRESENTATIVE = "representative";
  public static final String SIMILARITY = "similarity";

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
  /** Figures of the last {@link #members} call, for the caller's summary. */
  private transient ConnectedComponents.Labels lastLabels;
  private transient long lastCandidates;
  private transient long lastVerified;

  public NearDuplicateModel(String uid) {
    this.uid = uid;
    this.termsCol = new Param<>(this, "termsCol", "column of analysed terms (array<string>). Default: terms");
    this.idCol = new Param<>(this, "idCol", "column of unique article ids. Default: id");
    this.dateCol = new Param<>(this, "dateCol", "column of ISO dates; the earliest article represents its cluster. Default: date");
    this.shingleSize = new IntParam(this, "shingleSize", "consecutive terms per shingle, range [1, 20]. Default: 5",
        ParamValidators.inRange(1, 20));
    this.threshold = new DoubleParam(this, "threshold",
        "lowest Jaccard similarity of two articles' shingle sets to call them near-duplicates, range (0, 1]. Default: 0.5",
        ParamValidators.inRange(0, 1, false, true));
    this.bands = new IntParam(this, "bands", NearDuplicateDetector.BANDS_DOC, ParamValidators.inRange(1, 500));
    this.rows = new IntParam(this, "rows", NearDuplicateDetector.ROWS_DOC, ParamValidators.inRange(1, 20));
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
    setDefault(bands, NearDuplicateDetector.DEFAULT_BANDS);
    setDefault(rows, NearDuplicateDetector.DEFAULT_ROWS);
    setDefault(seed, 42L);
    setDefault(maxRounds, 20);
    setDefault(representativeCol, "duplicate_of");
    setDefault(similarityCol, "duplicate_similarity");
  }

  public NearDuplicateModel() {
    this(Identifiable.randomUID("neardup"));
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

  public NearDuplicateModel setThreshold(double v) { set(threshold, v); return this; }
  public NearDuplicateModel setMaxRounds(int v) { set(maxRounds, v); return this; }
  public NearDuplicateModel setRepresentativeCol(String v) { set(representativeCol, v); return this; }
  public NearDuplicateModel setSimilarityCol(String v) { set(similarityCol, v); return this; }

  /** The hash functions: the same Params give the same functions. */
  public BandedMinHash hashes() {
    return new BandedMinHash((Integer) $(bands), (Integer) $(rows), (Long) $(seed));
  }

  /** Label-propagation rounds of the last {@link #members} call (0 before any). */
  public int lastRounds() {
    return lastLabels == null ? 0 : lastLabels.rounds();
  }

  /** Whether the last {@link #members} call's clusters settled within {@code maxRounds}. */
  public boolean lastConverged() {
    return lastLabels == null || lastLabels.converged();
  }

  /** Distinct candidate pairs (edges from bucket heads) of the last {@link #members} call. */
  public long lastCandidates() {
    return lastCandidates;
  }

  /** Candidate pairs of the last {@link #members} call whose exact Jaccard reached the threshold. */
  public long lastVerified() {
    return lastVerified;
  }

  /**
   * One row per article in a cluster of near-duplicates: {@link #ID}, {@link #REPRESENTATIVE}
   * (its own id for the representative) and {@link #SIMILARITY} (highest verified Jaccard
   * similarity to another member). Computed now; the result is cached: unpersist it when done.
   */
  public Dataset<Row> members(Dataset<?> dataset) {
    transformSchema(dataset.schema(), true);
    // The key orders articles as representatives should be chosen: earliest date, then id.
    Column key = struct(coalesce(col($(dateCol)), lit("~")).as("date"), col($(idCol)).as("id"));
    Dataset<Row> shingled =
        NearDuplicateDetector.shingles(dataset.toDF().select(key.as("key"), col($(termsCol))), $(termsCol),
                (Integer) $(shingleSize))
            .select(col("key"), col(NearDuplicateDetector.SHINGLES))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> scored = null;
    try {
      scored = scoredCandidates(shingled).persist(StorageLevel.MEMORY_AND_DISK());
      double minimum = (Double) $(threshold);
      Row counts = scored.agg(count(lit(1)), count(when(col(SIMILARITY).geq(minimum), true))).first();
      lastCandidates = counts.getLong(0);
      lastVerified = counts.getLong(1);
      if (lastVerified == 0) {
        // No verified pair, no cluster (a small corpus, an archive without wire copy): the label
        // propagation and the joins below would run half a dozen Spark jobs to find nothing.
        lastLabels = null;
        return emptyMembers(dataset);
      }
      Dataset<Row> pairs = scored.filter(col(SIMILARITY).geq(minimum));
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
      if (scored != null) {
        scored.unpersist();
      }
      shingled.unpersist();
    }
  }

  private Dataset<Row> emptyMembers(Dataset<?> dataset) {
    DataType id = dataset.schema().apply($(idCol)).dataType();
    StructType schema = new StructType().add(ID, id).add(REPRESENTATIVE, id).add(SIMILARITY, DataTypes.DoubleType);
    return dataset.sparkSession().createDataFrame(List.<Row>of(), schema);
  }

  /**
   * Candidate pairs (src &lt; dst, article keys) with their exact Jaccard {@link #SIMILARITY}: in
   * each bucket, an edge from its smallest key to every other member.
   */
  private Dataset<Row> scoredCandidates(Dataset<Row> shingled) {
    BandedMinHash hashes = hashes();
    UDF1<scala.collection.Seq<Integer>, long[]> bandKeys = seq -> hashes.bandKeys(ints(seq));
    Column keys = udf(bandKeys, DataTypes.createArrayType(DataTypes.LongType, false))
        .apply(col(NearDuplicateDetector.SHINGLES));
    Dataset<Row> buckets = shingled.select(col("key"), posexplode(keys).as(new String[] {"band", "bucket"}));
    // Each bucket's smallest key and size (an aggregation that spills; collecting the members'
    // lists ran a million articles out of execution memory), then an edge from that head to each
    // other member of the buckets that hold more than one article.
    Dataset<Row> heads =
        buckets.groupBy("band", "bucket").agg(min(col("key")).as("head"), count(lit(1)).as("n"))
            .filter(col("n").geq(2)).drop("n");
    Dataset<Row> candidates =
        buckets.join(heads, new String[] {"band", "bucket"})
            .filter(col("key").notEqual(col("head")))
            .select(col("head").as("src"), col("key").as("dst"))
            .distinct();
    UDF2<scala.collection.Seq<Integer>, scala.collection.Seq<Integer>, Double> jaccard =
        (a, b) -> Shingles.jaccard(ints(a), ints(b));
    Dataset<Row> a = shingled.select(col("key").as("src"), col(NearDuplicateDetector.SHINGLES).as("a"));
    Dataset<Row> b = shingled.select(col("key").as("dst"), col(NearDuplicateDetector.SHINGLES).as("b"));
    return candidates.join(a, "src").join(b, "dst")
        .select(col("src"), col("dst"), udf(jaccard, DataTypes.DoubleType).apply(col("a"), col("b")).as(SIMILARITY));
  }

  private static int[] ints(scala.collection.Seq<Integer> seq) {
    int[] values = new int[seq.size()];
    scala.collection.Iterator<Integer> it = seq.iterator();
    for (int i = 0; i < values.length; i++) {
      values[i] = it.next();
    }
    return values;
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
    return ((NearDuplicateModel) defaultCopy(extra)).setParent(parent());
  }

  public static MLReader<NearDuplicateModel> read() {
    return new DefaultParamsReader<>();
  }

  public static NearDuplicateModel load(String path) {
    return read().load(path);
  }
}
