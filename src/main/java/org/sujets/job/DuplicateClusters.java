package org.sujets.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.format_string;

import java.io.IOException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sujets.storage.Folder;
import org.sujets.storage.SingleCsv;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sujets.features.NearDuplicateDetector;
import org.sujets.features.NearDuplicateModel;
import org.sujets.report.RunParameters;
import org.sujets.ingest.Columns;

/**
 * The run's clusters of near-duplicate articles: found by {@link NearDuplicateDetector} on the
 * analysed terms, written as duplicates.csv, and used to fit LDA on one article per cluster.
 * Per-article data stays in Spark; the driver gets counts.
 */
final class DuplicateClusters {
  private final NearDuplicateModel model;
  private final Dataset<Row> members;
  private final long clusters;
  private final long inClusters;

  private DuplicateClusters(NearDuplicateModel model, Dataset<Row> members, long clusters, long inClusters) {
    this.model = model;
    this.members = members;
    this.clusters = clusters;
    this.inClusters = inClusters;
  }

  /**
   * Fits {@code detector} on {@code analyzed} (columns id, date, terms) and finds the clusters.
   * Runs Spark jobs now.
   */
  static DuplicateClusters find(NearDuplicateDetector detector, Dataset<Row> analyzed) {
    NearDuplicateModel model = detector.fit(analyzed);
    Dataset<Row> members = model.members(analyzed);
    long clusters = 0;
    long inClusters = 0;
    if (model.lastVerified() > 0) { // else members is empty: no job to count it
      Row counts = members.agg(org.apache.spark.sql.functions.count(col(NearDuplicateModel.ID)),
          org.apache.spark.sql.functions.countDistinct(col(NearDuplicateModel.REPRESENTATIVE))).first();
      clusters = counts.getLong(1);
      inClusters = counts.getLong(0);
    }
    return new DuplicateClusters(model, members, clusters, inClusters);
  }

  /** The fitted stage. */
  NearDuplicateModel model() {
    return model;
  }

  /** The cached members (id, representative, similarity), for the run to unpersist. */
  Dataset<Row> members() {
    return members;
  }

  long clusters() {
    return clusters;
  }

  long inClusters() {
    return inClusters;
  }

  /** Members that are not their cluster's representative: left out of the LDA fit. */
  long leftOut() {
    return inClusters - clusters;
  }

  /** Whether label propagation settled (else a few wide clusters are split in parts). */
  boolean converged() {
    return model.lastConverged();
  }

  /** {@code articles} without the non-representative members of clusters. */
  Dataset<Row> onePerCluster(Dataset<Row> articles) {
    Dataset<Row> copies = members.filter(col(NearDuplicateModel.ID).notEqual(col(NearDuplicateModel.REPRESENTATIVE)))
        .select(col(NearDuplicateModel.ID).as(Columns.ID));
    return articles.join(copies, articles.col(Columns.ID).equalTo(copies.col(Columns.ID)), "left_anti");
  }

  /** What run.json reports, with the number of articles LDA fitted. */
  RunParameters.NearDuplicates summary(long articlesFitted) {
    return new RunParameters.NearDuplicates(model.getThreshold(), model.getShingleSize(), model.getBands(),
        model.getRows(), model.lastCandidates(), model.lastVerified(), clusters, inClusters, leftOut(),
        model.lastConverged(), articlesFitted);
  }

  /**
   * duplicates.csv: one row per article in a cluster (cluster, id, representative, similarity,
   * date, title), clusters numbered from 1 in the order of their representatives' dates, written
   * by Spark as one file.
   *
   * @param articles the run's articles, with id, date and title
   */
  void writeCsv(Dataset<Row> articles, Folder out) throws IOException {
    Dataset<Row> described = members.join(articles.select(Columns.ID, Columns.DATE, Columns.TITLE), Columns.ID);
    Dataset<Row> representatives =
        described.filter(col(Columns.ID).equalTo(col(NearDuplicateModel.REPRESENTATIVE)))
            .select(col(Columns.ID), col(Columns.DATE))
            .orderBy(col(Columns.DATE).asc_nulls_last(), col(Columns.ID));
    // Numbered by Spark (zipWithIndex), not on the driver: there is one row per cluster.
    JavaRDD<Row> numbered =
        representatives.toJavaRDD().zipWithIndex().map(t -> RowFactory.create(t._1().getString(0), t._2() + 1));
    StructType schema = new StructType().add("rep", DataTypes.StringType).add("cluster", DataTypes.LongType);
    Dataset<Row> clusterIds = articles.sparkSession().createDataFrame(numbered, schema);
    Dataset<Row> rows =
        described.join(clusterIds, described.col(NearDuplicateModel.REPRESENTATIVE).equalTo(clusterIds.col("rep")))
            .orderBy(col("cluster"), col(Columns.DATE).asc_nulls_last(), col(Columns.ID))
            .select(
                col("cluster"),
                CsvSafety.neutralised(col(Columns.ID)).as(Columns.ID),
                CsvSafety.neutralised(col(NearDuplicateModel.REPRESENTATIVE)).as(NearDuplicateModel.REPRESENTATIVE),
                format_string("%.4f", col(NearDuplicateModel.SIMILARITY)).as("max_similarity"),
                CsvSafety.neutralised(col(Columns.DATE)).as(Columns.DATE),
                CsvSafety.neutralised(col(Columns.TITLE)).as(Columns.TITLE));
    SingleCsv.write(rows, out, "duplicates.csv");
  }

  void unpersist() {
    members.unpersist();
  }
}
