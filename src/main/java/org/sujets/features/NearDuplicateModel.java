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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Model;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
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
 *   <li>clusters: the connected components of the verified edges, by union-find on the driver up
 *       to {@code maxCollectedPairs} edges, else by {@link ConnectedComponents} in Spark. A
 *       cluster's representative is its earliest-dated member, then the smallest id; undated
 *       members come last.
 * </ol>
 *
 * {@link #transform} adds the representative and similarity columns (null for articles in no
 * cluster). Params: {@link NearDuplicateParams}, copied from its detector; the hash functions
 * derive from {@code seed}, so the model is saved as its Params alone.
 */
public final class NearDuplicateModel extends Model<NearDuplicateModel>
    implements NearDuplicateParams, DefaultParamsWritable {
  private static final long serialVersionUID = 1L;
  /** Members' columns: {@code id}, {@code representative}, {@code similarity}. */
  public static final String ID = "id";
  public static final String REPRESENTATIVE = "representative";
  public static final String SIMILARITY = "similarity";

  private final String uid;
  private final NearDuplicateParams.Declared declared;
  /** Figures of the last {@link #members} call, for the caller's summary. */
  private transient ConnectedComponents.Labels lastLabels;
  private transient long lastCandidates;
  private transient long lastVerified;

  public NearDuplicateModel(String uid) {
    this.uid = uid;
    this.declared = NearDuplicateParams.Declared.on(this);
  }

  public NearDuplicateModel() {
    this(Identifiable.randomUID("neardup"));
  }

  @Override
  public String uid() {
    return uid;
  }

  @Override
  public NearDuplicateParams.Declared nearDuplicateParams() {
    return declared;
  }

  public NearDuplicateModel setThreshold(double v) { set(threshold(), v); return this; }
  public NearDuplicateModel setMaxRounds(int v) { set(maxRounds(), v); return this; }
  public NearDuplicateModel setMaxCollectedPairs(int v) { set(maxCollectedPairs(), v); return this; }
  public NearDuplicateModel setRepresentativeCol(String v) { set(representativeCol(), v); return this; }
  public NearDuplicateModel setSimilarityCol(String v) { set(similarityCol(), v); return this; }

  /** The hash functions: the same Params give the same functions. */
  public BandedMinHash hashes() {
    return new BandedMinHash(getBands(), getRows(), getSeed());
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
    Column key = struct(coalesce(col(getDateCol()), lit("~")).as("date"), col(getIdCol()).as("id"));
    Dataset<Row> shingled =
        Shingles.withColumn(dataset.toDF().select(key.as("key"), col(getTermsCol())), getTermsCol(),
                getShingleSize())
            .select(col("key"), col(Shingles.COLUMN))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> scored = null;
    try {
      // Coalesced before caching: a cached plan keeps spark.sql.shuffle.partitions (200)
      // partitions, and every later job over them would pay 200 tiny tasks.
      scored = scoredCandidates(shingled)
          .coalesce(dataset.sparkSession().sparkContext().defaultParallelism())
          .persist(StorageLevel.MEMORY_AND_DISK());
      double minimum = getThreshold();
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
      Dataset<Row> members = lastVerified <= getMaxCollectedPairs()
          ? clustersOnDriver(pairs)
          : clustersByPropagation(pairs);
      members.persist(StorageLevel.MEMORY_AND_DISK()).count();
      if (lastLabels != null) {
        lastLabels.labels().unpersist();
      }
      return members;
    } finally {
      if (scored != null) {
        scored.unpersist();
      }
      shingled.unpersist();
    }
  }

  /**
   * Members by label propagation in Spark ({@link ConnectedComponents}): one round per hop of the
   * widest cluster, each round's labels checkpointed.
   */
  private Dataset<Row> clustersByPropagation(Dataset<Row> pairs) {
    ConnectedComponents.Labels labels = ConnectedComponents.of(pairs, getMaxRounds());
    lastLabels = labels;
    Dataset<Row> best =
        pairs.select(col("src").as("node"), col(SIMILARITY))
            .union(pairs.select(col("dst").as("node"), col(SIMILARITY)))
            .groupBy("node").agg(max(SIMILARITY).as(SIMILARITY));
    return labels.labels().join(best, ConnectedComponents.NODE)
        .select(col("node.id").as(ID), col("label.id").as(REPRESENTATIVE), col(SIMILARITY));
  }

  /**
   * Members found on the driver: collects the verified pairs (at most {@code maxCollectedPairs},
   * the caller checked) and joins them by union-find in one pass, where label propagation would
   * run a few Spark jobs per round. Each node goes back with its cluster's number and its best
   * similarity as a local Dataset (kept in the plan, so a lost executor recomputes it), and Spark
   * picks each cluster's smallest key, so representatives follow Spark's ordering as on the other
   * path.
   */
  private Dataset<Row> clustersOnDriver(Dataset<Row> pairs) {
    lastLabels = null;
    List<Row> collected = pairs.select(col("src"), col("dst"), col(SIMILARITY)).collectAsList();
    DisjointSets<Object> clusters = new DisjointSets<>();
    Map<Object, Double> best = new HashMap<>();
    for (Row pair : collected) {
      clusters.union(pair.get(0), pair.get(1));
      best.merge(pair.get(0), pair.getDouble(2), Math::max);
      best.merge(pair.get(1), pair.getDouble(2), Math::max);
    }
    List<Row> nodes = new ArrayList<>(best.size());
    best.forEach((node, similarity) -> nodes.add(RowFactory.create(node, clusters.setOf(node), similarity)));
    StructType schema = new StructType()
        .add("node", pairs.schema().apply("src").dataType(), false)
        .add("cluster", DataTypes.IntegerType, false)
        .add(SIMILARITY, DataTypes.DoubleType, false);
    Dataset<Row> local = pairs.sparkSession().createDataFrame(nodes, schema);
    return local.withColumn("label", min(col("node")).over(Window.partitionBy("cluster")))
        .select(col("node.id").as(ID), col("label.id").as(REPRESENTATIVE), col(SIMILARITY));
  }

  private Dataset<Row> emptyMembers(Dataset<?> dataset) {
    DataType id = dataset.schema().apply(getIdCol()).dataType();
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
        .apply(col(Shingles.COLUMN));
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
    Dataset<Row> a = shingled.select(col("key").as("src"), col(Shingles.COLUMN).as("a"));
    Dataset<Row> b = shingled.select(col("key").as("dst"), col(Shingles.COLUMN).as("b"));
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
    Dataset<Row> renamed = members.select(col(ID).as("__dup_id"), col(REPRESENTATIVE).as(getRepresentativeCol()),
        col(SIMILARITY).as(getSimilarityCol()));
    Dataset<Row> input = dataset.toDF();
    return input.join(renamed, input.col(getIdCol()).equalTo(renamed.col("__dup_id")), "left_outer").drop("__dup_id");
  }

  static StructType outputSchema(StructType schema, String representative, String similarity) {
    return schema.add(representative, DataTypes.StringType, true).add(similarity, DataTypes.DoubleType, true);
  }

  @Override
  public StructType transformSchema(StructType schema) {
    for (String c : List.of(getTermsCol(), getIdCol(), getDateCol())) {
      SchemaChecks.requireColumn(schema, "input", c, "");
    }
    return outputSchema(schema, getRepresentativeCol(), getSimilarityCol());
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
