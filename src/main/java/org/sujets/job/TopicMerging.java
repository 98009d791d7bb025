package org.sujets.job;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sujets.config.LdaConfig;
import org.sujets.config.TopicMerge;
import org.sujets.features.TextColumns;
import org.sujets.topics.FittedTopics;
import org.sujets.topics.MergedRefit;
import org.sujets.topics.MergedTopics;
import org.sujets.topics.TopicAssignments;
import org.sujets.topics.TopicDistributions;
import org.sujets.topics.TopicExtractor;
import org.sujets.topics.TopicHierarchy;
import org.sujets.topics.TopicModelTrainer;
import org.sujets.topics.WordDistributions;

/**
 * The step of a run with {@code --merge} or {@code --reduce-to}: names the first fit's topics by
 * the ids a run without merging shows (by prevalence over the analysed articles, as {@link
 * TopicResults} orders them), turns the groups asked for (or the tree cut to K) into {@link
 * MergedTopics}, and fits on from them ({@link MergedRefit}).
 *
 * @param model the model fitted on from the merged topics; its topic j is shown as id j + 1
 * @param merged how the first fit's ids became the new ones
 * @param lda the settings of the merged fit (k = the merged number of topics)
 */
record TopicMerging(LDAModel model, MergedTopics merged, LdaConfig lda) {

  /**
   * @param first the first fit
   * @param lda its settings, resolved
   * @param text the prepared articles (the first fit's ids are by prevalence over them)
   * @param fitInput the articles LDA fitted, {@code fitCount} of them
   */
  static TopicMerging of(TopicMerge asked, LDAModel first, LdaConfig lda, PreparedText text, Dataset<Row> fitInput,
      long fitCount) {
    int k = first.getK();
    asked.checkTopics(k);
    // The first fit's ids, as a run without merging shows them (one inference pass over the articles).
    double[] prevalence = TopicAssignments.prevalence(
        TopicDistributions.transform(first, text.features()).filter(col(PreparedText.TERMS_KEPT).gt(0)),
        TopicModelTrainer.TOPIC_DISTRIBUTION);
    FittedTopics fitted = TopicExtractor.extract(first, text.readable(), prevalence, 3);
    List<List<Integer>> groups = asked.reduceTo() == null ? asked.groups() : cut(first, fitted, text, asked.reduceTo());
    MergedTopics merged = MergedTopics.of(k, groups);
    LdaConfig mergedLda = TopicTuner.withTopics(lda, merged.mergedK(), lda.seed());
    LDA estimator = new TopicModelTrainer(mergedLda).estimator(TextColumns.TF);
    LDAModel model = MergedRefit.fit(first, fitted.order(), merged, estimator, fitInput.select(TextColumns.TF),
        fitCount, lda.iterations());
    return new TopicMerging(model, merged, mergedLda);
  }

  /** The groups of more than one topic when the first fit's tree is cut to {@code clusters}. */
  private static List<List<Integer>> cut(LDAModel first, FittedTopics fitted, PreparedText text, int clusters) {
    double[][] byModel = WordDistributions.of(first);
    double[][] byRank = new double[fitted.k()][];
    for (int rank = 0; rank < fitted.k(); rank++) {
      byRank[rank] = byModel[fitted.order()[rank]];
    }
    TopicHierarchy tree = TopicHierarchy.of(fitted.distances(), byRank, fitted.prevalence(), text.readable());
    return tree.cut(clusters).stream().filter(group -> group.size() > 1).toList();
  }

  /** A one-line summary for the progress line: "8 → 7 topics (3+7)". */
  String summary() {
    StringBuilder groups = new StringBuilder();
    for (int id = 1; id <= merged.mergedK(); id++) {
      List<Integer> parts = merged.mergedFrom(id);
      if (parts.size() > 1) {
        groups.append(groups.length() == 0 ? "" : ", ")
            .append(String.join("+", parts.stream().map(String::valueOf).toList()));
      }
    }
    return merged.k() + " → " + merged.mergedK() + " topics (" + groups + "), "
        + MergedRefit.furtherIterations(lda.iterations()) + " further iterations";
  }
}
