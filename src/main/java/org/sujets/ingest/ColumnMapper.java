package org.sujets.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sujets.config.ColumnMapping;

/**
 * Turns a table read from JSON Lines, CSV or Parquet into article rows, following a {@link
 * ColumnMapping}, and its unreadable records into rejected rows. Sources hand it their table with
 * the helper columns {@link #BAD}, {@link #RECORD} and {@link SourceColumns#FILE_PATH}.
 *
 * <ul>
 *   <li>Mapped columns are cast to string; a mapped column the input lacks reads as null (only the
 *       text column is required, see {@link #requireText}).
 *   <li>id: the id column; where it is missing or null, {@code <file name>:<n>} with n from
 *       {@code monotonically_increasing_id()} taken before bad records are filtered out. n is
 *       unique within the run and stable for a given input and partitioning; it equals the
 *       0-based record index for a file read as one partition (a .gz file, or a file smaller than
 *       {@code spark.sql.files.maxPartitionBytes}), but is not a line number in general.
 *   <li>date: the {@code yyyy-MM-dd} prefix of an ISO date or timestamp ("2020-07-02",
 *       "2020-07-02T19:09:00+02:00", "2020-07-02 19:09:00"), otherwise null.
 *   <li>title and text: {@link TextNormalizer}; a null text becomes "".
 *   <li>origin: the file path; fallback_charset: null (these readers decode UTF-8).
 * </ul>
 */
final class ColumnMapper {
  /** Name of the column Spark's PERMISSIVE mode fills with the raw text of a bad record. */
  static final String CORRUPT = "_corrupt_record";

  /** Boolean column a source adds: true for a record that could not be read. */
  static final String BAD = "__sujets_bad";
  /** String column a source adds: the raw text of the record (read for bad records only). */
  static final String RECORD = "__sujets_record";

  /** Record index column; {@link JsonLinesSource} sets it before spreading its lines. */
  static final String ROW_NUMBER = "__sujets_row";
  private static final String ISO_DATE_PREFIX =
      "^(\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01]))(?:$|[T ])";

  private final ColumnMapping mapping;

  ColumnMapper(ColumnMapping mapping) {
    this.mapping = mapping;
  }

  /** The name of the input column that holds the article text. */
  String textColumn() {
    return mapping.text();
  }

  /** The distinct input column names the mapping refers to. */
  List<String> mappedNames() {
    Set<String> names =
        new LinkedHashSet<>(
            Arrays.asList(
                mapping.id(),
                mapping.title(),
                mapping.date(),
                mapping.source(),
                mapping.section(),
                mapping.text()));
    return List.copyOf(names);
  }

  /** A schema of the mapped columns, all strings, for readers that take a schema. */
  StructType mappedStringSchema() {
    StructType schema = new StructType();
    for (String name : mappedNames()) {
      schema = schema.add(name, DataTypes.StringType);
    }
    return schema;
  }

  /**
   * Fails unless {@code schema} has the text column.
   *
   * @throws IllegalArgumentException naming the input, the columns found and the option to fix it
   */
  void requireText(StructType schema, String inputPath) {
    if (!Arrays.asList(schema.fieldNames()).contains(mapping.text())) {
      List<String> found =
          Arrays.stream(schema.fields())
              .map(StructField::name)
              .filter(name -> !name.equals(CORRUPT))
              .toList();
      throw new IllegalArgumentException(
          inputPath
              + " has no text column '"
              + mapping.text()
              + "' (columns found: "
              + found
              + "); name the column that holds the article text with --text-col");
    }
  }

  /**
   * The articles of {@code raw}: its rows whose {@link #BAD} is false, projected to {@link
   * Corpus#ARTICLE_SCHEMA}.
   *
   * @param raw the mapped input columns that exist plus {@link #BAD} and {@link SourceColumns#FILE_PATH}
   * @param available the input columns that exist; mapped columns not in it read as null
   */
  Dataset<Row> articles(Dataset<Row> raw, Set<String> available) {
    Dataset<Row> numbered = numbered(raw);
    return numbered.filter(not(col(BAD))).select(articleColumns(numbered, available));
  }

  private Column[] articleColumns(Dataset<Row> raw, Set<String> available) {
    UserDefinedFunction normalize =
        udf((UDF1<String, String>) TextNormalizer::normalize, DataTypes.StringType);
    UserDefinedFunction normalizeOrEmpty =
        udf((UDF1<String, String>) TextNormalizer::normalizeOrEmpty, DataTypes.StringType);

    UserDefinedFunction fileName =
        udf((UDF1<String, String>) FileUris::fileName, DataTypes.StringType);
    Column origin = decodedPath(col(SourceColumns.FILE_PATH));
    Column generatedId =
        concat(fileName.apply(origin), lit(":"), col(ROW_NUMBER).cast(DataTypes.StringType));
    return new Column[] {
        coalesce(field(mapping.id(), available), generatedId).as(Columns.ID),
        normalize.apply(field(mapping.title(), available)).as(Columns.TITLE),
        isoDate(field(mapping.date(), available)).as(Columns.DATE),
        field(mapping.source(), available).as(Columns.SOURCE),
        field(mapping.section(), available).as(Columns.SECTION),
        normalizeOrEmpty.apply(field(mapping.text(), available)).as(Columns.TEXT),
        origin.as(Columns.ORIGIN),
        lit(null).cast(DataTypes.StringType).as(Columns.FALLBACK_CHARSET)};
  }

  /**
   * The rows of {@code raw} whose {@link #BAD} is true, as {@link Corpus#REJECTED_SCHEMA} rows.
   *
   * @param raw as for {@link #articles}, plus {@link #RECORD}, the raw text of the record
   */
  Dataset<Row> rejected(Dataset<Row> raw, String reason) {
    return raw.filter(col(BAD)).select(rejectedColumns(raw, reason));
  }

  private static Column[] rejectedColumns(Dataset<Row> raw, String reason) {
    return new Column[] {
        decodedPath(col(SourceColumns.FILE_PATH)).as(Corpus.REJECTED_ORIGIN),
        lineOrNull(raw).as(Corpus.REJECTED_LINE),
        substring(col(RECORD), 1, Corpus.MAX_RECORD_CHARS).as(Corpus.REJECTED_RECORD),
        reasonWithBlock(raw, reason).as(Corpus.REJECTED_REASON)};
  }

  /**
   * {@link Corpus#records} of {@code raw}, one projection of one read: the {@link #articles}
   * columns for good rows and the {@link #rejected} ones for bad rows.
   */
  Dataset<Row> records(Dataset<Row> raw, Set<String> available, String reason) {
    String[] articleNames = Corpus.ARTICLE_SCHEMA.fieldNames();
    String[] rejectedNames = Corpus.REJECTED_SCHEMA.fieldNames();
    Dataset<Row> numbered = numbered(raw);
    Column[] article = articleColumns(numbered, available);
    Column[] bad = rejectedColumns(numbered, reason);
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < article.length; i++) {
      columns.add(when(not(col(BAD)), article[i]).as(articleNames[i]));
    }
    for (int i = 0; i < bad.length; i++) {
      columns.add(when(col(BAD), bad[i]).as(Corpus.REJECTED_PREFIX + rejectedNames[i]));
    }
    columns.add(col(BAD).as(Corpus.IS_REJECTED));
    return numbered.select(columns.toArray(Column[]::new));
  }

  /** {@code raw} with {@link #ROW_NUMBER}, unless the source numbered its rows before spreading them. */
  private static Dataset<Row> numbered(Dataset<Row> raw) {
    return Arrays.asList(raw.columns()).contains(ROW_NUMBER) ? raw : raw.withColumn(ROW_NUMBER, monotonically_increasing_id());
  }

  /** The file line number where {@link LineNumbers} knows it, else null. */
  private static Column lineOrNull(Dataset<Row> raw) {
    if (!Arrays.asList(raw.columns()).contains(SourceColumns.LINE)) {
      return lit(null).cast(DataTypes.LongType);
    }
    return when(col(SourceColumns.LINE).gt(0), col(SourceColumns.LINE)).otherwise(lit(null).cast(DataTypes.LongType));
  }

  /** For a line in a later block of a large file: where it is, as {@link LineNumbers} knows it. */
  private static Column reasonWithBlock(Dataset<Row> raw, String reason) {
    if (!Arrays.asList(raw.columns()).contains(SourceColumns.LINE)) {
      return lit(reason);
    }
    return when(col(SourceColumns.LINE).gt(0), lit(reason))
        .otherwise(
            concat(
                lit(reason + " (line "),
                col(SourceColumns.LINE).multiply(-1).cast(DataTypes.StringType),
                lit(" counted from byte "),
                col(LineNumbers.BLOCK).cast(DataTypes.StringType),
                lit(" of the file)")));
  }

  /** The {@code yyyy-MM-dd} prefix of an ISO date or timestamp string, else null. */
  static Column isoDate(Column value) {
    Column prefix = regexp_extract(trim(value), ISO_DATE_PREFIX, 1);
    return when(prefix.equalTo(""), lit(null).cast(DataTypes.StringType)).otherwise(prefix);
  }

  private static Column decodedPath(Column uri) {
    UserDefinedFunction decode = udf((UDF1<String, String>) FileUris::decode, DataTypes.StringType);
    return when(uri.contains("%"), decode.apply(uri)).otherwise(uri);
  }

  private static Column field(String name, Set<String> available) {
    return available.contains(name)
        ? quoted(name).cast(DataTypes.StringType)
        : lit(null).cast(DataTypes.StringType);
  }

  static Column quoted(String name) {
    return col("`" + name.replace("`", "``") + "`");
  }
}
