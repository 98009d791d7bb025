package org.sujets.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * Reads plain-text articles, one per file, with Spark's {@code binaryFile} source so that files
 * are read and decoded on the executors (the driver only lists them).
 *
 * <p>Folders and globs are searched recursively for {@code *.txt}; a single file is read whatever
 * its extension. id = the path relative to the input folder (the file name for a file argument),
 * title = first non-blank line, text = the whole file, date/source/section = null, origin = the
 * file path as Spark reports it (e.g. {@code file:/data/a.txt}). Bytes are decoded as UTF-16 with a
 * byte-order mark, strict UTF-8, else windows-1252 (see {@link TextDecoder}). A file with NUL
 * bytes and no UTF-16 mark is binary and goes to rejected (articles and rejected files come from
 * one read: see {@link Corpus#records}). A folder or glob without any .txt file fails, naming
 * the kinds of files it holds.
 *
 * <p>Spark's file sources never see 0-byte files, so those are found by {@link EmptyTextFiles}
 * (a second, streamed listing on the driver) and added as articles with an empty text.
 *
 * <p>Read tasks: Spark packs files into scan partitions counting 4 MB of "open cost" per file
 * ({@code spark.sql.files.openCostInBytes}), so small files go 32 to a task: a million 2 KB
 * articles would be 31,250 tasks, and as many map outputs for the shuffle that spreads them
 * (job/Partitioning). The scan is coalesced, without a shuffle, to {@link #readTasks} tasks:
 * about {@link #READ_TASK_BYTES} of text each, and at least {@link #TASKS_PER_CORE} per core so
 * every core reads. Only the number of tasks changes; Spark's file index (which holds the
 * listing, one status per file, on the driver) and its packing of files stay as they are.
 *
 * <p>Limits of {@code binaryFile}: each file is loaded whole into one row, so a file must be under
 * 2 GB (and under {@code spark.sql.sources.binaryFile.maxLength}); like every Spark file source,
 * files and folders whose name starts with "_" or "." are skipped.
 */
final class TextFileSource {
  private final SparkSession spark;

  TextFileSource(SparkSession spark) {
    this.spark = spark;
  }

  static final String BINARY_REASON =
      "binary file (NUL bytes), not text: remove it, or convert it to UTF-8 if it is UTF-16"
          + " without a byte-order mark";
  private static final String REASON = "__sujets_reason";
  /** Text a read task takes at most: what a partition holds once spread (job/Partitioning). */
  static final long READ_TASK_BYTES = 32L << 20;
  /** Read tasks per core at least, so that a core done early takes another task. */
  static final int TASKS_PER_CORE = 2;

  Corpus read(ResolvedInput input) {
    DataFrameReader reader = spark.read().format("binaryFile");
    if (input.kind() != ResolvedInput.Kind.FILE) {
      reader = reader.option("recursiveFileLookup", "true").option("pathGlobFilter", "*.txt");
    }
    EmptyTextFiles.Listing listing =
        new EmptyTextFiles(spark.sparkContext().hadoopConfiguration()).list(input);
    if (listing.textFiles() == 0) {
      throw new IllegalArgumentException(
          "no .txt file in " + input.path() + " (found " + describe(listing.others())
              + "): point --input at .txt files, or at .jsonl, .csv or .parquet files");
    }
    ToArticle toArticle = new ToArticle(input.baseDir());
    Dataset<Row> read =
        reader
            .load(input.path())
            // On the scan itself: right under the spreading repartition, Spark's optimiser would
            // drop it (CollapseRepartition).
            .coalesce(readTasks(listing.textBytes(), spark.sparkContext().defaultParallelism()))
            .select(col("path"), col("content"))
            .map(toArticle, Encoders.row(Corpus.ARTICLE_SCHEMA.add(REASON, DataTypes.StringType)));
    // One projection of one read, articles and rejected files together (see Corpus#records).
    List<Column> columns = new ArrayList<>();
    for (String name : Corpus.ARTICLE_SCHEMA.fieldNames()) {
      columns.add(when(col(REASON).isNull(), col(name)).as(name));
    }
    Column bad = col(REASON).isNotNull();
    columns.add(when(bad, col(Columns.ORIGIN)).as(Corpus.REJECTED_PREFIX + Corpus.REJECTED_ORIGIN));
    columns.add(lit(null).cast(DataTypes.LongType).as(Corpus.REJECTED_PREFIX + Corpus.REJECTED_LINE));
    columns.add(lit(null).cast(DataTypes.StringType).as(Corpus.REJECTED_PREFIX + Corpus.REJECTED_RECORD));
    columns.add(col(REASON).as(Corpus.REJECTED_PREFIX + Corpus.REJECTED_REASON));
    columns.add(bad.as(Corpus.IS_REJECTED));
    Dataset<Row> records = read.select(columns.toArray(Column[]::new));

    List<String> empty = listing.empty();
    if (empty.isEmpty()) {
      return Corpus.of(records);
    }
    List<Row> emptyArticles = new ArrayList<>();
    for (String path : empty) {
      Row row = toArticle.call(RowFactory.create(path, new byte[0]));
      emptyArticles.add(RowFactory.create(java.util.Arrays.copyOf(toRowValues(row), row.size() - 1)));
    }
    return Corpus.of(records.unionByName(Corpus.records(
        spark.createDataFrame(emptyArticles, Corpus.ARTICLE_SCHEMA),
        spark.createDataFrame(List.of(), Corpus.REJECTED_SCHEMA))));
  }

  /**
   * How many tasks read {@code textBytes} of .txt files on {@code cores} cores: one per
   * {@link #READ_TASK_BYTES}, at least {@link #TASKS_PER_CORE} per core. A coalesce to it never adds
   * tasks, so a few large files keep Spark's own split.
   */
  static int readTasks(long textBytes, int cores) {
    long bySize = (textBytes + READ_TASK_BYTES - 1) / READ_TASK_BYTES;
    return (int) Math.min(Math.max(bySize, (long) cores * TASKS_PER_CORE), Integer.MAX_VALUE);
  }

  private static Object[] toRowValues(Row row) {
    Object[] values = new Object[row.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(i);
    }
    return values;
  }

  private static String describe(java.util.Map<String, Long> others) {
    if (others.isEmpty()) {
      return "no file";
    }
    StringBuilder b = new StringBuilder();
    others.entrySet().stream()
        .sorted((x, y) -> Long.compare(y.getValue(), x.getValue()))
        .limit(8)
        .forEach(e -> b.append(b.length() == 0 ? "" : ", ").append(e.getValue()).append(' ')
            .append(e.getKey()));
    return b.toString();
  }

  /** Turns a (path, content) row into an article row. */
  static final class ToArticle implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final String baseDir;

    ToArticle(String baseDir) {
      this.baseDir = baseDir.endsWith("/") ? baseDir : baseDir + "/";
    }

    @Override
    public Row call(Row file) {
      String path = file.getString(0);
      byte[] content = (byte[]) file.get(1);
      if (TextDecoder.isBinary(content)) {
        return RowFactory.create(
            relativeId(path), null, null, null, null, "", path, null, BINARY_REASON);
      }
      TextDecoder.Decoded decoded = TextDecoder.decode(content);
      String text = TextNormalizer.normalizeOrEmpty(decoded.text());
      return RowFactory.create(
          relativeId(path), FirstLine.of(text), null, null, null, text, path,
          decoded.fallbackCharset(), null);
    }

    String relativeId(String path) {
      if (path.startsWith(baseDir) && path.length() > baseDir.length()) {
        return path.substring(baseDir.length());
      }
      return path.substring(path.lastIndexOf('/') + 1);
    }
  }
}
