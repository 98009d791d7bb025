package org.sujets.ingest;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What {@link CorpusReader} read, lazily (nothing is computed until an action runs).
 *
 * @param articles one row per article, string columns {@link #ARTICLE_SCHEMA} in that order;
 *     blank texts are kept (text is never null)
 * @param rejected one row per input record that could not be read, string columns {@link
 *     #REJECTED_SCHEMA}: where it came from (file, and line when known), the raw record (at most {@link #MAX_RECORD_CHARS}
 *     characters) and why
 * @param records every input record once, articles and rejected together (see {@link
 *     #IS_REJECTED}); cache it and derive the corpus with {@link #of} to read the input once
 */
public record Corpus(Dataset<Row> articles, Dataset<Row> rejected, Dataset<Row> records) {
  /**
   * Column of {@link #records}: true for a rejected record. A record's other columns are the
   * {@link #ARTICLE_SCHEMA} ones (null when rejected) then the {@link #REJECTED_SCHEMA} ones, named
   * {@link #REJECTED_PREFIX} + name (null for an article).
   */
  public static final String IS_REJECTED = "__sujets_rejected";
  /** Prefix of the rejected-record columns in {@link #records}. */
  public static final String REJECTED_PREFIX = "__sujets_rejected_";

  /**
   * The corpus of {@code records} (see {@link #records}): articles and rejected are filters of it,
   * so that a caller who caches {@code records} reads the input once for both.
   */
  public static Corpus of(Dataset<Row> records) {
    Column[] article = java.util.Arrays.stream(ARTICLE_SCHEMA.fieldNames()).map(functions::col).toArray(Column[]::new);
    Column[] rejected = java.util.Arrays.stream(REJECTED_SCHEMA.fieldNames())
        .map(n -> functions.col(REJECTED_PREFIX + n).as(n)).toArray(Column[]::new);
    Column bad = functions.col(IS_REJECTED);
    return new Corpus(records.filter(functions.not(bad)).select(article), records.filter(bad).select(rejected), records);
  }

  /**
   * {@link #records} built from separately computed articles and rejected records (for inputs
   * where both are cheap to compute, or already come from one pass).
   */
  static Dataset<Row> records(Dataset<Row> articles, Dataset<Row> rejected) {
    java.util.List<Column> a = new java.util.ArrayList<>();
    java.util.List<Column> r = new java.util.ArrayList<>();
    for (String n : ARTICLE_SCHEMA.fieldNames()) {
      a.add(functions.col(n));
      r.add(functions.lit(null).cast(DataTypes.StringType).as(n));
    }
    for (var f : REJECTED_SCHEMA.fields()) {
      a.add(functions.lit(null).cast(f.dataType()).as(REJECTED_PREFIX + f.name()));
      r.add(functions.col(f.name()).as(REJECTED_PREFIX + f.name()));
    }
    a.add(functions.lit(false).as(IS_REJECTED));
    r.add(functions.lit(true).as(IS_REJECTED));
    return articles.select(a.toArray(Column[]::new)).unionByName(rejected.select(r.toArray(Column[]::new)));
  }

  /** Column of {@link #rejected}: the file the record came from. */
  public static final String REJECTED_ORIGIN = "origin";
  /**
   * Column of {@link #rejected}: the 1-based line of the record in its file when known (JSON
   * Lines), else null (a whole .txt file, a CSV row that may span lines).
   */
  public static final String REJECTED_LINE = "line";
  /** Column of {@link #rejected}: the raw record, cut to {@link #MAX_RECORD_CHARS} characters. */
  public static final String REJECTED_RECORD = "record";
  /** Column of {@link #rejected}: why the record was rejected. */
  public static final String REJECTED_REASON = "reason";
  /** Longest raw record kept in {@link #rejected}. */
  public static final int MAX_RECORD_CHARS = 300;

  public static final StructType ARTICLE_SCHEMA =
      new StructType()
          .add(Columns.ID, DataTypes.StringType)
          .add(Columns.TITLE, DataTypes.StringType)
          .add(Columns.DATE, DataTypes.StringType)
          .add(Columns.SOURCE, DataTypes.StringType)
          .add(Columns.SECTION, DataTypes.StringType)
          .add(Columns.TEXT, DataTypes.StringType)
          .add(Columns.ORIGIN, DataTypes.StringType)
          .add(Columns.FALLBACK_CHARSET, DataTypes.StringType);

  public static final StructType REJECTED_SCHEMA =
      new StructType()
          .add(REJECTED_ORIGIN, DataTypes.StringType)
          .add(REJECTED_LINE, DataTypes.LongType)
          .add(REJECTED_RECORD, DataTypes.StringType)
          .add(REJECTED_REASON, DataTypes.StringType);
}
