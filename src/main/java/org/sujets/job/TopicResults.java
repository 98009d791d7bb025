package org.sujets.job;

import static org.apache.spark.sql.functions.col;

import org.sujets.features.TextColumns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sujets.config.JobConfig;
import org.sujets.config.LdaConfig;
import org.sujets.ingest.Columns;
import org.sujets.topics.ArticleShare;
import org.sujets.topics.EmergingTopics;
import org.sujets.topics.FittedTopics;
import org.sujets.topics.MergedTopics;
import org.sujets.topics.QualityFigures;
import org.sujets.topics.SectionAgreement;
import org.sujets.topics.SeedTerms;
import org.sujets.topics.SeedStability;
import org.sujets.topics.TopicAssignments;
import org.sujets.topics.TopicDistributions;
import org.sujets.topics.TopicExtractor;
import org.sujets.topics.TopicHierarchy;
import org.sujets.topics.TopicLabels;
import org.sujets.topics.TopicModelTrainer;
import org.sujets.topics.TopicQuality;
import org.sujets.topics.TopicShareSeries;
import org.sujets.topics.TopicSummary;
import org.sujets.topics.WeightedWord;
import org.sujets.topics.WordDistributions;

/**
 * The topics of a run as its outputs show them, from the fitted model and every article's
 * features: the topics in display order with their words, articles, quality and emerging flag,
 * and each article's shares (per-article data stays in Spark; the rest is bounded by k).
 *
 * @param assigned every analysed article with its topic shares in display order (a projection
 *     of a cached dataset)
 * @param quality coherence and relevance per topic, on the articles LDA fitted
 * @param qualityFigures run.json's quality figures
 * @param sections agreement of the dominant topics with the sections, when the input has them
 * @param shares the topics' mean shares by month, source and section, cached
 * @param months each topic's share by month
 * @param labels how the topics are named: by their words, or as {@code --labels} or {@code
 *     --seed-words} gave (a guided topic's name is a given name)
 * @param hierarchy the topic tree of these topics
 */
record TopicResults(
    Dataset<Row> assigned,
    FittedTopics fitted,
    TopicQuality quality,
    Map<String, Object> qualityFigures,
    Optional<SectionAgreement.Result> sections,
    ShareTables shares,
    List<TopicShareSeries> months,
    TopicLabels labels,
    List<TopicSummary> topics,
    TopicHierarchy hierarchy) {

  /**
   * The ids and names of a continued model's topics ({@code update}), kept as they were.
   *
   * @param order order[rank] is the model index of the topic shown as id rank+1
   */
  record Kept(int[] order, TopicLabels labels) {}

  /**
   * @param fitInput the articles LDA fitted (quality is measured on them)
   * @param clock records the quality measurement as its own step, taken out of {@code stage}
   * @param merged in a run that merged topics, how (the model's topic j is then shown as id j + 1,
   *     and given names are carried to the new ids); empty otherwise (topics by prevalence)
   * @param kept the topics' ids and names when a saved model is continued; null for a new model,
   *     whose topics are ordered by prevalence and named by their words or {@code --labels}
   */
  static TopicResults of(LDAModel model, PreparedText text, Dataset<Row> fitInput, JobConfig config, LdaConfig lda,
      SeedTerms guided, StageClock clock, StageClock.Stage stage, Persisted persisted, Optional<MergedTopics> merged,
      Kept kept) {
    Dataset<Row> transformed = persisted.keep(TopicDistributions.transform(model, text.features()));
    double[] prevalence = TopicAssignments.prevalence(
        transformed.filter(col(PreparedText.TERMS_KEPT).gt(0)), TopicModelTrainer.TOPIC_DISTRIBUTION);
    int[] order = kept != null ? kept.order()
        : merged.isPresent() ? IntStream.range(0, model.getK()).toArray() : null;
    // Guided topics are LDA topics 0..n−1 and are shown first, in the seed-words file's order.
    FittedTopics fitted = order != null
        ? TopicExtractor.extractInOrder(model, text.readable(), prevalence, config.output().topWords(), order)
        : TopicExtractor.extract(model, text.readable(), prevalence, config.output().topWords(), guided.count());
    // Cached too, replacing the inference result once filled: every output reads the shares
    // several times over (an average per topic, the dominant topic). Computed from the
    // distribution vector, a pass that averages k shares evaluated the k-share array for each of
    // them: about a second of task CPU per pass on 36,000 articles, 0.1 to 0.3 s from this cache.
    Dataset<Row> assigned = persisted.keep(
        TopicAssignments.withShares(transformed, TopicModelTrainer.TOPIC_DISTRIBUTION, fitted.order()));
    List<List<ArticleShare>> representatives =
        TopicAssignments.representatives(assigned, fitted.k(), config.output().topArticles());

    long qualityStart = System.nanoTime();
    double lambda = config.quality().relevanceLambda();
    TopicQuality quality = TopicQuality.measure(model, fitInput, TextColumns.TF, fitted.order(), lambda,
        config.output().topWords());
    Map<String, Object> qualityFigures = QualityFigures.of(quality, lambda);
    if (config.quality().stability()) {
      qualityFigures.put("stability", stability(lda, guided, fitInput, quality));
    }
    Optional<SectionAgreement.Result> sections =
        SectionAgreement.measure(assigned, TopicAssignments.DOMINANT, Columns.SECTION);
    sections.ifPresent(agreement -> qualityFigures.putAll(agreement.figures()));
    long qualityNanos = System.nanoTime() - qualityStart;
    clock.record("quality", qualityNanos);
    stage.exclude(qualityNanos); // reported on its own line, so that the stage times add up

    ShareTables shares = ShareTables.of(assigned, fitted.k(), persisted);
    List<TopicShareSeries> months = shares.months();
    // months() read every article of assigned, which fills its cache whatever the options: the
    // inference result is no longer read (a lost block of assigned is recomputed from its plan).
    persisted.release(transformed);
    boolean[] emerging = EmergingTopics.flag(months, fitted.k());
    List<List<WeightedWord>> relevant = new ArrayList<>();
    for (int rank = 0; rank < fitted.k(); rank++) {
      relevant.add(QualityFigures.words(quality, rank, text.readable()));
    }
    TopicLabels labels;
    if (kept != null) {
      labels = kept.labels();
    } else {
      Map<Integer, String> given = new java.util.TreeMap<>(
          merged.map(m -> m.carry(config.labels().byId())).orElse(config.labels().byId()));
      given.putAll(config.seedWords().names()); // JobConfig refused a --labels name for a guided topic
      labels = new TopicLabels(relevant.stream().map(FittedTopics::label).toList(), given);
    }
    List<TopicSummary> topics = new ArrayList<>();
    for (int rank = 0; rank < fitted.k(); rank++) {
      int id = rank + 1;
      topics.add(new TopicSummary(id, labels.label(id), labels.source(id), fitted.prevalence()[rank],
          relevant.get(rank), representatives.get(rank), quality.coherence()[rank], fitted.words().get(rank),
          emerging[rank], merged.map(m -> m.mergedFrom(id)).orElse(null)));
    }
    TopicHierarchy hierarchy =
        TopicHierarchy.of(fitted.distances(), quality.distributions(), fitted.prevalence(), text.readable());
    return new TopicResults(assigned, fitted, quality, qualityFigures, sections, shares, months, labels, topics,
        hierarchy);
  }

  /** Fits again with seed + 1 and matches the topics to the first fit's (see {@link SeedStability}). */
  private static Map<String, Object> stability(LdaConfig lda, SeedTerms guided, Dataset<Row> fitInput,
      TopicQuality quality) {
    LdaConfig other = TopicTuner.withTopics(lda, lda.topics(), lda.seed() + 1);
    LDAModel second = new TopicModelTrainer(other, guided).fit(fitInput, TextColumns.TF);
    SeedStability.Match match = SeedStability.match(quality.distributions(), WordDistributions.of(second));
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("seeds", List.of(lda.seed(), lda.seed() + 1));
    figures.put("meanSimilarity", match.mean());
    figures.put("similarity", match.similarity());
    return figures;
  }

  int k() {
    return fitted.k();
  }
}
