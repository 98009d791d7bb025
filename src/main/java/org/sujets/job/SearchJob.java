package org.sujets.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.sujets.model.ModelManifest;
import org.sujets.model.QueryTerms;
import org.sujets.model.TopicModelBundle;
import org.sujets.storage.Folder;
import org.sujets.topics.ArticleShare;
import org.sujets.topics.SearchResult;
import org.sujets.topics.TopicSearch;
import org.sujets.topics.WordDistributions;

/**
 * {@code sujets search}: which topics of a saved model a word or phrase belongs to, with their
 * representative articles from the run that saved the model. The query is analysed as the run
 * analysed its articles ({@link QueryTerms}) and the topics ranked by {@link TopicSearch}. The
 * only Spark work is loading the model and reading the shown articles' dates.
 */
public final class SearchJob {
  /** Words shown per topic. */
  public static final int TOPIC_WORDS = 8;

  private final SparkSession spark;

  public SearchJob(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * @param modelDir a run's {@code model/} folder, a local path or a URI
   * @param runDir the run's output folder; null for the model folder's parent
   * @param top how many topics to return
   * @throws IllegalArgumentException for a missing model or run output, or a run folder that is
   *     not the model's, with a one-line reason
   */
  public SearchResult search(String modelDir, String runDir, String query, int top) {
    try {
      Folder modelFolder = Folder.at(modelDir, spark.sparkContext().hadoopConfiguration());
      TopicModelBundle bundle = TopicModelBundle.load(modelFolder);
      Folder runFolder = runDir != null ? Folder.at(runDir, spark.sparkContext().hadoopConfiguration())
          : Folder.at(modelFolder.path().getParent().toString(), spark.sparkContext().hadoopConfiguration());
      RunOutput run = RunOutput.read(runFolder);
      ModelManifest manifest = bundle.manifest();
      if (run.prevalence().length != manifest.topicOrder().length) {
        throw new IllegalArgumentException(runFolder + " holds " + run.prevalence().length + " topics, the model "
            + manifest.topicOrder().length + ": pass --run the output folder of the run that saved this model");
      }
      QueryTerms terms = QueryTerms.analyse(bundle, query);
      List<String> words = terms.known().stream().map(QueryTerms.Term::word).toList();
      if (terms.known().isEmpty()) {
        return new SearchResult(query, words, terms.unknown(), List.of());
      }
      double[][] distributions = byRank(bundle);
      List<TopicSearch.Hit> hits = new TopicSearch(distributions, run.prevalence()).rank(terms.indices(), top);
      Map<String, String> dates = run.dates(spark, shownIds(hits, run));
      List<SearchResult.Topic> topics = new ArrayList<>();
      for (TopicSearch.Hit hit : hits) {
        topics.add(topic(hit, manifest, run.words().get(hit.id() - 1), run.articles().get(hit.id() - 1), dates));
      }
      return new SearchResult(query, words, terms.unknown(), topics);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + modelDir + ": " + e.getMessage(), e);
    }
  }

  /** p(w|t) of each topic in display order (id − 1). Reads the topic matrix on the driver. */
  private static double[][] byRank(TopicModelBundle bundle) {
    double[][] byModel = WordDistributions.of(bundle.lda());
    int[] order = bundle.manifest().topicOrder();
    double[][] byRank = new double[order.length][];
    for (int rank = 0; rank < order.length; rank++) {
      byRank[rank] = byModel[order[rank]];
    }
    return byRank;
  }

  private static Set<String> shownIds(List<TopicSearch.Hit> hits, RunOutput run) {
    Set<String> ids = new HashSet<>();
    for (TopicSearch.Hit hit : hits) {
      run.articles().get(hit.id() - 1).forEach(a -> ids.add(a.id()));
    }
    return ids;
  }

  /** A hit with the run's words for its topic (the first {@link #TOPIC_WORDS}), as the run shows them. */
  private static SearchResult.Topic topic(TopicSearch.Hit hit, ModelManifest manifest, List<String> runWords,
      List<ArticleShare> representatives, Map<String, String> dates) {
    List<String> words = runWords.subList(0, Math.min(TOPIC_WORDS, runWords.size()));
    List<SearchResult.Match> matches = hit.terms().stream()
        .map(t -> new SearchResult.Match(manifest.words().get(t.term()), t.probability(), t.rank()))
        .toList();
    List<SearchResult.Article> articles = representatives.stream()
        .map(a -> new SearchResult.Article(a.id(), dates.getOrDefault(a.id(), ""), a.title(), a.share()))
        .toList();
    return new SearchResult.Topic(hit.id(), manifest.labels().get(hit.id() - 1), hit.score(), words, matches, articles);
  }
}
