package org.sujets.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.udf;

import org.sujets.features.TextColumns;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.sujets.features.KeywordFormatter;
import org.sujets.ingest.Columns;
import org.sujets.storage.Folder;
import org.sujets.storage.SingleCsv;
import org.sujets.topics.TopicAssignments;

/** articles.csv: one row per article, its topic shares and keywords, written by Spark as a single file. */
final class ArticlesCsv {
  static final String FILE = "articles.csv";
  /** The id the rows are sorted by, dropped before writing. */
  private static final String SORT_KEY = "_sort_id";

  private ArticlesCsv() {}

  /**
   * @param assigned the articles with their topic shares ({@link TopicAssignments#withShares}) and tfidf
   * @param readable the word shown for each vocabulary index (broadcast to the executors)
   */
  static void write(Dataset<Row> assigned, String[] readable, int k, int keywordsPerArticle, Folder out)
      throws IOException {
    Broadcast<String[]> words = assigned.sparkSession().sparkContext()
        .broadcast(readable, scala.reflect.ClassTag$.MODULE$.apply(String[].class));
    List<Column> columns = new ArrayList<>();
    for (String name : List.of(Columns.ID, Columns.TITLE, Columns.DATE, Columns.SOURCE, Columns.SECTION)) {
      columns.add(CsvSafety.neutralised(col(name)).as(name));
    }
    columns.add(col(TopicAssignments.DOMINANT));
    columns.add(fixed4(col(TopicAssignments.DOMINANT_SHARE)).as(TopicAssignments.DOMINANT_SHARE));
    for (int rank = 0; rank < k; rank++) {
      columns.add(fixed4(col(TopicAssignments.SHARES).getItem(rank)).as("topic_" + (rank + 1)));
    }
    columns.add(
        udf(new KeywordFormatter(words, keywordsPerArticle), DataTypes.StringType)
            .apply(col(TextColumns.TFIDF))
            .as("keywords"));
    // The rows are formatted (shares, keywords) before they go to the one task that sorts and
    // writes them, so that the formatting runs in every partition at once; sorted by the id as
    // read, before CsvSafety's quote.
    columns.add(col(Columns.ID).as(SORT_KEY));
    Dataset<Row> formatted = assigned.select(columns.toArray(new Column[0]));
    SingleCsv.writeSorted(formatted, new Column[] {col(SORT_KEY)}, List.of(SORT_KEY), out, FILE);
    words.destroy();
  }

  /** A share as "0.0007", never "7.0E-4": spreadsheets and people read it the same way. */
  private static Column fixed4(Column share) {
    return format_string("%.4f", share);
  }
}
