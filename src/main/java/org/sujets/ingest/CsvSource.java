package org.sujets.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.util.Set;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads CSV: UTF-8, a header row, RFC 4180 quoting (a quote inside a quoted field is doubled),
 * quoted fields may span lines. Rows Spark cannot parse (wrong number of fields, broken quoting)
 * go to rejected. The header of the first file gives the column names; every file read must have
 * the same header (Spark checks it and fails otherwise).
 *
 * <p>Spark refuses a query on raw CSV files whose only referenced column is the corrupt-record
 * column, which is what {@code filter(corrupt is null).count()} boils down to after column pruning.
 * The bad-record test is therefore a UDF of the corrupt-record column and the text column, which
 * the optimizer cannot see through, so both columns stay in the scan.
 */
final class CsvSource {
  static final String REASON = "malformed CSV row (wrong number of fields or broken quoting)";

  private final SparkSession spark;
  private final ColumnMapper mapper;

  CsvSource(SparkSession spark, ColumnMapper mapper) {
    this.spark = spark;
    this.mapper = mapper;
  }

  Corpus read(ResolvedInput input) {
    StructType header = reader().csv(input.path()).schema(); // names from the header, all strings
    mapper.requireText(header, input.path());

    UserDefinedFunction isBad =
        udf(
            (UDF2<String, String, Boolean>) (corrupt, anchor) -> corrupt != null,
            DataTypes.BooleanType);
    Dataset<Row> raw =
        reader()
            .schema(header.add(ColumnMapper.CORRUPT, DataTypes.StringType))
            .option("enforceSchema", "false")
            .option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", ColumnMapper.CORRUPT)
            .csv(input.path())
            .withColumn(
                ColumnMapper.BAD,
                isBad.apply(col(ColumnMapper.CORRUPT), ColumnMapper.quoted(mapper.textColumn())))
            .withColumn(ColumnMapper.RECORD, col(ColumnMapper.CORRUPT))
            .withColumn(SourceColumns.FILE_PATH, col("_metadata.file_path"));
    return Corpus.of(mapper.records(raw, Set.of(header.fieldNames()), REASON));
  }

  private DataFrameReader reader() {
    return spark
        .read()
        .option("header", "true")
        .option("multiLine", "true")
        .option("quote", "\"")
        .option("escape", "\"")
        .option("encoding", "UTF-8");
  }
}
