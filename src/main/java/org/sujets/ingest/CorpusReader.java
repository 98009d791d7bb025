package org.sujets.ingest;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sujets.config.InputConfig;

/**
 * Reads the articles of every input path into one {@link Corpus}, whatever their formats (plain
 * text files, JSON Lines, CSV, Parquet; see {@link InputResolver} for how AUTO decides).
 *
 * <p>Reading is lazy and distributed: the driver checks that each path exists, decides its
 * format and, for JSON Lines, CSV and Parquet, reads a little (the first lines, a header, the
 * Parquet footer) to check the text column. For text inputs it also streams one listing to find
 * 0-byte files, which Spark's file sources silently skip (see {@link EmptyTextFiles}); only those
 * are kept on the driver. Nothing else that grows with the corpus is collected.
 */
public final class CorpusReader {
  private final SparkSession spark;

  public CorpusReader(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * Lazily reads every input path and unions them.
   *
   * @throws IllegalArgumentException for a missing path, an unknown extension, or a missing text
   *     column (naming the file, the columns found, and the --text-col option)
   */
  public Corpus read(InputConfig config) {
    InputResolver resolver = new InputResolver(spark.sparkContext().hadoopConfiguration());
    List<ResolvedInput> inputs =
        config.paths().stream().map(p -> resolver.resolve(p, config.format())).toList();

    ColumnMapper mapper = new ColumnMapper(config.columns());
    Dataset<Row> records = null;
    for (ResolvedInput input : inputs) {
      Dataset<Row> part = readOne(input, mapper).records();
      records = records == null ? part : records.unionByName(part);
    }
    return Corpus.of(records);
  }

  private Corpus readOne(ResolvedInput input, ColumnMapper mapper) {
    return switch (input.format()) {
      case TEXT -> new TextFileSource(spark).read(input);
      case JSONL -> new JsonLinesSource(spark, mapper).read(input);
      case CSV -> new CsvSource(spark, mapper).read(input);
      case PARQUET -> new ParquetSource(spark, mapper).read(input);
      case AUTO -> throw new IllegalStateException("unresolved input " + input.path());
    };
  }
}
