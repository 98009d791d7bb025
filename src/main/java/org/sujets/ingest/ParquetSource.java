package org.sujets.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads Parquet (a file, or a folder of part files). The schema comes from the Parquet footers;
 * mapped columns of any type are cast to string. Parquet has no partly-readable records, so
 * rejected is always empty (a damaged file fails the job instead).
 */
final class ParquetSource {
  private final SparkSession spark;
  private final ColumnMapper mapper;

  ParquetSource(SparkSession spark, ColumnMapper mapper) {
    this.spark = spark;
    this.mapper = mapper;
  }

  Corpus read(ResolvedInput input) {
    Dataset<Row> table = spark.read().parquet(input.path());
    mapper.requireText(table.schema(), input.path());
    Dataset<Row> raw =
        table
            .withColumn(ColumnMapper.BAD, lit(false))
            .withColumn(SourceColumns.FILE_PATH, col("_metadata.file_path"));
    return Corpus.of(Corpus.records(
        mapper.articles(raw, Set.of(table.schema().fieldNames())),
        spark.createDataFrame(List.of(), Corpus.REJECTED_SCHEMA)));
  }
}
