package org.sujets.features;

import static org.sujets.features.StageParams.withDefault;

import java.io.Serializable;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.LongParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.param.Params;
import org.sujets.ingest.Columns;

/**
 * The Params of the near-duplicate stage, shared by {@link NearDuplicateDetector} and the {@link
 * NearDuplicateModel} it fits, as Spark's {@code *Params} traits are: each is declared here once,
 * with its meaning, range, validator and default. The model is its Params (the hash functions
 * derive from {@code seed}). The defaults are the constants below, which the command line and the
 * configuration records use too.
 *
 * <ul>
 *   <li>{@code termsCol}: analysed terms, array&lt;string&gt;.
 *   <li>{@code idCol}, {@code dateCol}: article id (unique) and ISO date, strings; the cluster's
 *       representative is its earliest-dated article, then the smallest id (undated last).
 *   <li>{@code shingleSize}: consecutive terms per shingle. Articles with fewer terms are not
 *       compared.
 *   <li>{@code threshold}: lowest Jaccard similarity of two articles' shingle sets for them to be
 *       near-duplicates.
 *   <li>{@code bands}: bands of the MinHash signature. A pair of similarity s is a candidate when
 *       all {@code rows} values of some band agree, with probability 1 − (1 − s^rows)^bands. More
 *       bands find more pairs near the threshold.
 *   <li>{@code rows}: MinHash values per band. More rows make dissimilar pairs rarer candidates
 *       (and similar ones too: add bands). The signature costs bands × rows hashes per shingle.
 *       With the defaults (20 bands, 3 rows), P(candidate) is 0.93 at s = 0.5, 0.02 at s = 0.1.
 *   <li>{@code seed}: seed of the hash functions.
 *   <li>{@code maxRounds}: most label-propagation rounds when grouping pairs into clusters; a
 *       cluster spans as many rounds as its diameter.
 *   <li>{@code maxCollectedPairs}: most verified pairs grouped into clusters on the driver. Up to
 *       this many, the pairs are collected and joined by union-find in one pass (a few hundred
 *       bytes each on the driver); beyond it, label propagation runs in Spark, one round per
 *       hop of the widest cluster. Both give the same clusters; 0 always propagates.
 *   <li>{@code representativeCol}, {@code similarityCol}: output columns, see the model.
 * </ul>
 *
 * <p>A Java interface holds no per-instance state: each stage keeps the {@link Declared} Params
 * that {@link Declared#on} created for it and returns them from {@link #nearDuplicateParams()}.
 */
public interface NearDuplicateParams extends Params {
  /** Default of {@link #shingleSize()}. */
  int DEFAULT_SHINGLE_SIZE = 5;
  /** Default of {@link #threshold()}. */
  double DEFAULT_THRESHOLD = 0.5;
  /** Default of {@link #bands()}. */
  int DEFAULT_BANDS = 20;
  /** Default of {@link #rows()}. */
  int DEFAULT_ROWS = 3;
  /** Default of {@link #seed()}. */
  long DEFAULT_SEED = 42L;
  /** Default of {@link #maxRounds()}. */
  int DEFAULT_MAX_ROUNDS = 20;
  /** Default of {@link #maxCollectedPairs()}: about 30 MB of the driver at most. */
  int DEFAULT_MAX_COLLECTED_PAIRS = 100_000;
  /** Default of {@link #representativeCol()}. */
  String DEFAULT_REPRESENTATIVE_COL = "duplicate_of";
  /** Default of {@link #similarityCol()}. */
  String DEFAULT_SIMILARITY_COL = "duplicate_similarity";

  /** One stage's instances of the near-duplicate Params. */
  record Declared(
      Param<String> termsCol,
      Param<String> idCol,
      Param<String> dateCol,
      IntParam shingleSize,
      DoubleParam threshold,
      IntParam bands,
      IntParam rows,
      LongParam seed,
      IntParam maxRounds,
      IntParam maxCollectedPairs,
      Param<String> representativeCol,
      Param<String> similarityCol) implements Serializable {

    /** Creates the Params for {@code owner}, whose uid is set, with their defaults. */
    static Declared on(NearDuplicateParams owner) {
      return new Declared(
          withDefault(owner, new Param<String>(owner, "termsCol", "column of analysed terms (array<string>)"),
              TextColumns.TERMS),
          withDefault(owner, new Param<String>(owner, "idCol", "column of unique article ids"), Columns.ID),
          withDefault(owner, new Param<String>(owner, "dateCol",
              "column of ISO dates; the earliest article represents its cluster"), Columns.DATE),
          withDefault(owner, new IntParam(owner, "shingleSize", "consecutive terms per shingle, range [1, 20]",
              ParamValidators.inRange(1, 20)), DEFAULT_SHINGLE_SIZE),
          withDefault(owner, new DoubleParam(owner, "threshold",
              "lowest Jaccard similarity of two articles' shingle sets to call them near-duplicates, range (0, 1]",
              ParamValidators.inRange(0, 1, false, true)), DEFAULT_THRESHOLD),
          withDefault(owner, new IntParam(owner, "bands", "bands of the MinHash signature: a pair of Jaccard"
              + " similarity s is a candidate with probability 1 - (1 - s^rows)^bands, range [1, 500]",
              ParamValidators.inRange(1, 500)), DEFAULT_BANDS),
          withDefault(owner, new IntParam(owner, "rows", "MinHash values per band: more make dissimilar pairs"
              + " rarer candidates, range [1, 20]", ParamValidators.inRange(1, 20)), DEFAULT_ROWS),
          withDefault(owner, new LongParam(owner, "seed", "seed of the MinHash functions"), DEFAULT_SEED),
          withDefault(owner, new IntParam(owner, "maxRounds",
              "most label-propagation rounds to group pairs into clusters, range [1, 1000]",
              ParamValidators.inRange(1, 1000)), DEFAULT_MAX_ROUNDS),
          withDefault(owner, new IntParam(owner, "maxCollectedPairs",
              "most verified pairs grouped into clusters on the driver by union-find; more are grouped by"
                  + " label propagation in Spark; 0 always propagates, range [0, 5000000]",
              ParamValidators.inRange(0, 5_000_000)), DEFAULT_MAX_COLLECTED_PAIRS),
          withDefault(owner, new Param<String>(owner, "representativeCol",
              "output: id of the article's cluster representative, null outside clusters"),
              DEFAULT_REPRESENTATIVE_COL),
          withDefault(owner, new Param<String>(owner, "similarityCol",
              "output: highest Jaccard similarity to another member of the cluster, null outside clusters"),
              DEFAULT_SIMILARITY_COL));
    }
  }

  /** This stage's instances of the Params above. */
  Declared nearDuplicateParams();

  default Param<String> termsCol() { return nearDuplicateParams().termsCol(); }
  default Param<String> idCol() { return nearDuplicateParams().idCol(); }
  default Param<String> dateCol() { return nearDuplicateParams().dateCol(); }
  default IntParam shingleSize() { return nearDuplicateParams().shingleSize(); }
  default DoubleParam threshold() { return nearDuplicateParams().threshold(); }
  default IntParam bands() { return nearDuplicateParams().bands(); }
  default IntParam rows() { return nearDuplicateParams().rows(); }
  default LongParam seed() { return nearDuplicateParams().seed(); }
  default IntParam maxRounds() { return nearDuplicateParams().maxRounds(); }
  default IntParam maxCollectedPairs() { return nearDuplicateParams().maxCollectedPairs(); }
  default Param<String> representativeCol() { return nearDuplicateParams().representativeCol(); }
  default Param<String> similarityCol() { return nearDuplicateParams().similarityCol(); }

  default String getTermsCol() { return $(termsCol()); }
  default String getIdCol() { return $(idCol()); }
  default String getDateCol() { return $(dateCol()); }
  default int getShingleSize() { return (Integer) $(shingleSize()); }
  default double getThreshold() { return (Double) $(threshold()); }
  default int getBands() { return (Integer) $(bands()); }
  default int getRows() { return (Integer) $(rows()); }
  default long getSeed() { return (Long) $(seed()); }
  default int getMaxRounds() { return (Integer) $(maxRounds()); }
  default int getMaxCollectedPairs() { return (Integer) $(maxCollectedPairs()); }
  default String getRepresentativeCol() { return $(representativeCol()); }
  default String getSimilarityCol() { return $(similarityCol()); }
}
