package org.sujets.ingest;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * Reads plain-text articles, one per file, with Spark's {@code binaryFile} source so that files
 * are read and decoded on the executors (the driver only lists them).
 *
 * <p>Folders and globs are searched recursively for {@code *.txt}; a single file is read whatever
 * its extension. id = the path relative to the input folder (the file name for a file argument),
 * title = first non-blank line, text = the whole file, date/source/section = null, origin = the
 * file path as Spark reports it (e.g. {@code file:/data/a.txt}). Bytes are decoded as strict UTF-8,
 * else windows-1252 (see {@link TextDecoder}). Text files never produce rejected records.
 *
 * <p>Spark's file sources never see 0-byte files, so those are found by {@link EmptyTextFiles}
 * (a second, streamed listing on the driver) and added as articles with an empty text.
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

  Dataset<Row> read(ResolvedInput input) {
    DataFrameReader reader = spark.read().format("binaryFile");
    if (input.kind() != ResolvedInput.Kind.FILE) {
      reader = reader.option("recursiveFileLookup", "true").option("pathGlobFilter", "*.txt");
    }
    ToArticle toArticle = new ToArticle(input.baseDir());
    Dataset<Row> articles =
        reader
            .load(input.path())
            .select(col("path"), col("content"))
            .map(toArticle, Encoders.row(Corpus.ARTICLE_SCHEMA));

    List<String> empty = new EmptyTextFiles(spark.sparkContext().hadoopConfiguration()).find(input);
    if (empty.isEmpty()) {
      return articles;
    }
    List<Row> emptyArticles = new ArrayList<>();
    for (String path : empty) {
      emptyArticles.add(toArticle.call(RowFactory.create(path, new byte[0])));
    }
    return articles.union(spark.createDataFrame(emptyArticles, Corpus.ARTICLE_SCHEMA));
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
      TextDecoder.Decoded decoded = TextDecoder.decode(content);
      String text = TextNormalizer.normalizeOrEmpty(decoded.text());
      return RowFactory.create(
          relativeId(path), FirstLine.of(text), null, null, null, text, path,
          decoded.fallbackCharset());
    }

    String relativeId(String path) {
      if (path.startsWith(baseDir) && path.length() > baseDir.length()) {
        return path.substring(baseDir.length());
      }
      return path.substring(path.lastIndexOf('/') + 1);
    }
  }
}
