package org.sujets.job;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sujets.ingest.Columns;
import org.sujets.storage.Folder;
import org.sujets.topics.ArticleShare;

/**
 * What search reads from a run's output folder: each topic's prevalence, words and representative
 * articles from topics.json, and those articles' dates from articles.csv.
 *
 * @param folder the run's output folder
 * @param prevalence mean share of each topic, by rank (id − 1)
 * @param words each topic's words as the run shows them (ranked by relevance), by rank
 * @param articles representative articles of each topic, by rank
 */
record RunOutput(Folder folder, double[] prevalence, List<List<String>> words, List<List<ArticleShare>> articles) {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String TOPICS = "topics.json";

  /**
   * @throws IllegalArgumentException when the folder holds no readable topics.json, with the fix
   */
  static RunOutput read(Folder folder) {
    JsonNode topics;
    try {
      if (!folder.isFile(TOPICS)) {
        throw new IllegalArgumentException("no " + TOPICS + " in " + folder
            + ": pass --run the output folder of the run that saved this model");
      }
      try (InputStream in = folder.open(TOPICS)) {
        topics = JSON.readTree(in).path("topics");
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + folder.uri(TOPICS) + ": " + e.getMessage());
    }
    double[] prevalence = new double[topics.size()];
    List<List<String>> words = new ArrayList<>();
    List<List<ArticleShare>> articles = new ArrayList<>();
    for (int rank = 0; rank < topics.size(); rank++) {
      JsonNode topic = topics.get(rank);
      prevalence[rank] = topic.path("prevalence").asDouble();
      List<String> shown = new ArrayList<>();
      topic.path("words").forEach(w -> shown.add(w.path("word").asText()));
      words.add(shown);
      List<ArticleShare> shares = new ArrayList<>();
      for (JsonNode article : topic.path("articles")) {
        shares.add(new ArticleShare(article.path("id").asText(), article.path("title").asText(),
            article.path("share").asDouble()));
      }
      articles.add(shares);
    }
    return new RunOutput(folder, prevalence, words, articles);
  }

  /**
   * The date column of articles.csv for the given ids (absent ids and an absent file give no
   * entry). Read by Spark: articles.csv has one row per article of the run. Its text columns may
   * carry a leading ' (CSV formula safety), which is taken off again here.
   */
  Map<String, String> dates(SparkSession spark, Set<String> ids) throws IOException {
    Map<String, String> dates = new HashMap<>();
    if (ids.isEmpty() || !folder.isFile(ArticlesCsv.FILE)) {
      return dates;
    }
    Set<Object> written = new HashSet<>(ids);
    ids.forEach(id -> written.add("'" + id));
    List<Row> rows = spark.read().option("header", "true").option("escape", "\"").option("multiLine", "true")
        .csv(folder.uri(ArticlesCsv.FILE))
        .select(col(Columns.ID), col(Columns.DATE))
        .filter(col(Columns.ID).isin(written.toArray()))
        .collectAsList();
    for (Row row : rows) {
      String id = row.getString(0);
      String key = ids.contains(id) ? id : id.substring(1);
      dates.put(key, row.isNullAt(1) ? "" : unneutralised(row.getString(1)));
    }
    return dates;
  }

  private static String unneutralised(String value) {
    return value.matches("'[=+\\-@\\t\\r].*") ? value.substring(1) : value;
  }
}
