package org.sujets.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.trim;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sujets.config.InputConfig;
import org.sujets.config.LdaConfig;
import org.sujets.config.RecordMode;
import org.sujets.ingest.Columns;
import org.sujets.ingest.Corpus;
import org.sujets.ingest.CorpusReader;
import org.sujets.ingest.DuplicateIds;

/**
 * The reading step of {@code run} and {@code tune}: one read of the input, articles and rejected
 * records cached together and spread over the partitions by text size, bad records and repeated
 * ids handled as the record mode says.
 *
 * @param texts the articles with text, ready for the text pipeline
 * @param release releases the input's cache; call it once the analysis is cached
 * @param counts what was read
 * @param bad the rejected records
 * @param repeatedIds articles whose id repeated an earlier one (renamed id#2...)
 */
record ReadArticles(Dataset<Row> texts, Runnable release, ReadCounts counts, BadRecords bad, long repeatedIds) {
  private static final int REJECTED_LISTED = 20;

  /**
   * @param lda checked against the number of articles with text when it gives k
   * @throws IllegalArgumentException when no article has text, or k exceeds their number
   */
  static ReadArticles read(SparkSession spark, InputConfig input, LdaConfig lda, StageClock clock,
      Persisted persisted) {
    StageClock.Stage stage = clock.start("reading");
    Dataset<Row> records = new CorpusReader(spark).read(input).records();
    Corpus corpus = Corpus.of(persisted.keep(
        Partitioning.spread(records, spark.sparkContext().defaultParallelism(), Partitioning.textBytes(records))));
    ReadCounts read = ReadCounts.of(corpus.articles());
    BadRecords bad = BadRecords.inspect(corpus, input.mode(), REJECTED_LISTED, clock.progress());
    DuplicateIds.Found duplicates = DuplicateIds.find(corpus.articles(), 5);
    Dataset<Row> articles = corpus.articles();
    if (duplicates.extra() > 0) {
      checkRepeatedIds(duplicates, input, clock);
      articles = persisted.keep(DuplicateIds.disambiguate(articles));
    }
    long withText = read.records() - read.empty();
    stage.done(read.records() + " records from " + read.files() + " file(s), " + read.empty() + " empty, "
        + bad.count() + " rejected");
    if (withText == 0) {
      throw new IllegalArgumentException("no article with text in " + String.join(", ", input.paths())
          + " (" + read.records() + " records, " + read.empty() + " empty)");
    }
    if (lda.topics() != null && lda.topics() > withText) {
      lda.resolve(withText); // throws with the explanation
    }
    Dataset<Row> renamed = articles;
    Runnable release = () -> {
      renamed.unpersist(); // the renamed copy, when ids were repeated
      corpus.records().unpersist();
    };
    return new ReadArticles(articles.filter(trim(col(Columns.TEXT)).notEqual("")), release, read, bad,
        duplicates.extra());
  }

  /** Fails in strict mode; else warns that the repeated ids are renamed. */
  private static void checkRepeatedIds(DuplicateIds.Found duplicates, InputConfig input, StageClock clock) {
    String message = duplicates.extra() + " article(s) repeat an earlier id, e.g. " + duplicates.examples();
    if (input.mode() == RecordMode.STRICT) {
      throw new IllegalArgumentException(message + ": ids must be unique (--mode strict); fix the"
          + " input, name another id column with --id-col, or use --mode permissive to rename them id#2...");
    }
    clock.progress().warning(message + "; renamed id#2, id#3... (--mode strict makes this fatal)");
  }
}
