package org.sujets.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.trim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads JSON Lines (one object per line; gzip and other Hadoop codecs by extension). Blank lines
 * are skipped; a line that is not a JSON object goes to rejected with the line as record.
 *
 * <p>Lines are read with Spark's {@code text} source and parsed with {@code from_json} (PERMISSIVE,
 * an explicit all-string schema of the mapped columns: numbers and nested values become their
 * JSON text). This rather than the {@code json} source because Spark refuses queries on raw JSON
 * files that reference only the corrupt-record column (so even {@code articles.count()} would
 * fail), and because an explicit schema avoids a full schema-inference pass over a large file.
 * Whether the text column exists is checked on the first {@value #PROBE_LINES} lines only.
 * Rejected lines carry their line number (see {@link LineNumbers}).
 */
final class JsonLinesSource {
  static final int PROBE_LINES = 1000;
  static final String REASON = "malformed JSON line (not one JSON object per line)";
  private static final String PARSED = "__sujets_json";

  private final SparkSession spark;
  private final ColumnMapper mapper;

  JsonLinesSource(SparkSession spark, ColumnMapper mapper) {
    this.spark = spark;
    this.mapper = mapper;
  }

  Corpus read(ResolvedInput input) {
    Dataset<String> head = spark.read().textFile(input.path()).limit(PROBE_LINES);
    mapper.requireText(spark.read().json(head).schema(), input.path());

    StructType schema =
        mapper.mappedStringSchema().add(ColumnMapper.CORRUPT, DataTypes.StringType);
    Map<String, String> options =
        Map.of("mode", "PERMISSIVE", "columnNameOfCorruptRecord", ColumnMapper.CORRUPT);
    Column parsed = col(PARSED);

    List<Column> columns = new ArrayList<>();
    for (String name : mapper.mappedNames()) {
      columns.add(parsed.getField(name).as(name));
    }
    columns.add(
        parsed.isNull().or(parsed.getField(ColumnMapper.CORRUPT).isNotNull()).as(ColumnMapper.BAD));
    columns.add(col("value").as(ColumnMapper.RECORD));
    columns.add(col(SourceColumns.FILE_PATH));
    columns.add(col(SourceColumns.LINE));
    columns.add(col(LineNumbers.BLOCK));
    columns.add(col(ColumnMapper.ROW_NUMBER));

    Dataset<Row> raw =
        spreadLines(
            LineNumbers.read(spark, input.path())
                .filter(trim(col("value")).notEqual(""))
                // Numbered as read, so that generated ids do not depend on the spreading.
                .withColumn(ColumnMapper.ROW_NUMBER, monotonically_increasing_id()))
            .withColumn(PARSED, from_json(col("value"), schema, options))
            .select(columns.toArray(Column[]::new));
    return Corpus.of(mapper.records(raw, Set.copyOf(mapper.mappedNames()), REASON));
  }

  /**
   * A gzip file cannot be split, so one .jsonl.gz reads as one partition: its lines are then spread
   * over the cluster (hashed by file and line number, so the layout depends only on the input)
   * before the JSON parsing and text normalisation, which cost far more than the shuffle. Lines
   * already spread over enough partitions are left as they are.
   */
  private Dataset<Row> spreadLines(Dataset<Row> lines) {
    int parallelism = spark.sparkContext().defaultParallelism();
    if (lines.javaRDD().getNumPartitions() >= parallelism) {
      return lines;
    }
    return lines.repartition(parallelism, col(SourceColumns.FILE_PATH), col(SourceColumns.LINE));
  }
}
