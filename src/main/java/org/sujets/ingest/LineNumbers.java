package org.sujets.ingest;

import static org.apache.spark.sql.functions.col;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads the lines of text files with their line numbers, distributed, without a shuffle and
 * without loading a file whole.
 *
 * <p>Spark's {@code text} source splits a large file into blocks of {@code
 * spark.sql.files.maxPartitionBytes} (128 MB by default) and reads each block's lines in order, in
 * one task; a gzip file is one block. This numbers the lines of each block as the task streams
 * them ({@code _metadata.file_block_start} says which block a line is in). For the first block of
 * a file (every file under 128 MB, every .gz file) that is the line number in the file. A line in
 * a later block gets the negated number of the line within its block, and {@link #BLOCK} says
 * where the block starts: making it a file line number would take a second pass counting the
 * lines of the blocks before, which is not worth it for an error message.
 */
final class LineNumbers {
  /** The line: "value". */
  static final String VALUE = "value";
  /** Long: the 1-based line number in the file, or minus the line number within its block. */
  static final String LINE = SourceColumns.LINE;
  /** Long: the byte offset where the line's block starts (0 for the first block). */
  static final String BLOCK = "__sujets_block";

  private static final StructType SCHEMA =
      new StructType()
          .add(VALUE, DataTypes.StringType)
          .add(SourceColumns.FILE_PATH, DataTypes.StringType)
          .add(BLOCK, DataTypes.LongType)
          .add(LINE, DataTypes.LongType);

  private LineNumbers() {}

  /** Every line of the files at {@code path}, with its file, block and line number. */
  static Dataset<Row> read(SparkSession spark, String path) {
    return spark
        .read()
        .text(path)
        .select(
            col("value").as(VALUE),
            col("_metadata.file_path").as(SourceColumns.FILE_PATH),
            col("_metadata.file_block_start").as(BLOCK))
        .mapPartitions(new Numbering(), Encoders.row(SCHEMA));
  }

  /** Counts lines per (file, block) as a partition streams them. */
  static final class Numbering implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Iterator<Row> lines) {
      return new Iterator<>() {
        private String file;
        private long block = -1;
        private long n;

        @Override
        public boolean hasNext() {
          return lines.hasNext();
        }

        @Override
        public Row next() {
          Row line = lines.next();
          String f = line.getString(1);
          long b = line.getLong(2);
          if (b != block || !f.equals(file)) {
            file = f;
            block = b;
            n = 0;
          }
          n++;
          return RowFactory.create(line.getString(0), f, b, b == 0 ? n : -n);
        }
      };
    }
  }
}
