package org.sujets.ingest;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
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
 */
public record Corpus(Dataset<Row> articles, Dataset<Row> rejected) {
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
