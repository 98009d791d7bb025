package org.sujets.features;

import static org.sujets.features.StageParams.withDefault;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.param.StringArrayParam;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sujets.analysis.AnalyzerSpec;
import org.sujets.analysis.Stemmer;
import org.sujets.ingest.Columns;

/**
 * Spark ML stage: French news text → terms (stems) and their surface forms, with the Lucene
 * {@link org.sujets.analysis.FrenchNewsAnalyzer}. Savable in a {@code PipelineModel}: the analyzer
 * is rebuilt on each executor from the params, never serialized.
 *
 * <p>Output columns: {@code outputCol} (array&lt;string&gt;, the terms LDA and TF-IDF count) and,
 * unless {@code surfaceCol} is empty, {@code surfaceCol} (array&lt;string&gt; of the same length:
 * each term's word as written, lowercased with accents kept, used to show readable words).
 */
public final class FrenchNewsTokenizer extends Transformer implements DefaultParamsWritable {
  private static final long serialVersionUID = 1L;
  /** Default of {@link #stemmer()}: the light French stemmer. */
  public static final String DEFAULT_STEMMER = "light";
  /** Default of {@link #minTokenLength()}. */
  public static final int DEFAULT_MIN_TOKEN_LENGTH = 2;

  private final String uid;

  // Params are created in the constructor, after uid: a Param records its parent's uid.
  private final Param<String> inputCol;
  private final Param<String> outputCol;
  private final Param<String> surfaceCol;
  private final Param<String> gapsCol;
  private final Param<String> stemmer;
  private final StringArrayParam stopWords;
  private final IntParam minTokenLength;

  public FrenchNewsTokenizer(String uid) {
    this.uid = uid;
    this.inputCol = withDefault(this, new Param<String>(this, "inputCol", "input column of article text (string)"),
        Columns.TEXT);
    this.outputCol = withDefault(this, new Param<String>(this, "outputCol", "output column of terms (array<string>)"),
        "terms");
    this.surfaceCol = withDefault(this, new Param<String>(this, "surfaceCol",
        "output column of surface forms parallel to the terms (array<string>); empty for none"),
        "surfaces");
    this.gapsCol = withDefault(this, new Param<String>(this, "gapsCol",
        "output column of the text between each token and the previous one, elided article included"
            + " (array<string>, see TokenGaps; null first); for the phrase stage. Empty for none"), "");
    this.stemmer = withDefault(this, new Param<String>(this, "stemmer",
        "French stemmer: light, minimal, snowball or none",
        ParamValidators.inArray(new String[] {"light", "minimal", "snowball", "none"})), DEFAULT_STEMMER);
    this.stopWords = withDefault(this, new StringArrayParam(this, "stopWords",
        "extra stop words, on top of Lucene's French list and the news function words; none by default"),
        new String[0]);
    this.minTokenLength = withDefault(this, new IntParam(this, "minTokenLength",
        "shortest token kept, in characters, range [1, 20]", ParamValidators.inRange(1, 20)),
        DEFAULT_MIN_TOKEN_LENGTH);
  }

  public FrenchNewsTokenizer() {
    this(Identifiable.randomUID("frnewstok"));
  }

  public static MLReader<FrenchNewsTokenizer> read() {
    return new DefaultParamsReader<>();
  }

  public static FrenchNewsTokenizer load(String path) {
    return read().load(path);
  }

  @Override
  public String uid() {
    return uid;
  }

  public Param<String> inputCol() {
    return inputCol;
  }

  public Param<String> outputCol() {
    return outputCol;
  }

  public Param<String> surfaceCol() {
    return surfaceCol;
  }

  public Param<String> gapsCol() {
    return gapsCol;
  }

  public String getGapsCol() {
    return $(gapsCol);
  }

  public FrenchNewsTokenizer setGapsCol(String value) {
    set(gapsCol, value);
    return this;
  }

  public Param<String> stemmer() {
    return stemmer;
  }

  public StringArrayParam stopWords() {
    return stopWords;
  }

  public IntParam minTokenLength() {
    return minTokenLength;
  }

  public String getInputCol() {
    return $(inputCol);
  }

  public String getOutputCol() {
    return $(outputCol);
  }

  public String getSurfaceCol() {
    return $(surfaceCol);
  }

  public String getStemmer() {
    return $(stemmer);
  }

  public String[] getStopWords() {
    return $(stopWords);
  }

  public int getMinTokenLength() {
    return (Integer) $(minTokenLength);
  }

  public FrenchNewsTokenizer setInputCol(String value) {
    set(inputCol, value);
    return this;
  }

  public FrenchNewsTokenizer setOutputCol(String value) {
    set(outputCol, value);
    return this;
  }

  public FrenchNewsTokenizer setSurfaceCol(String value) {
    set(surfaceCol, value);
    return this;
  }

  public FrenchNewsTokenizer setStemmer(String value) {
    set(stemmer, value);
    return this;
  }

  public FrenchNewsTokenizer setStopWords(String[] value) {
    set(stopWords, value);
    return this;
  }

  public FrenchNewsTokenizer setMinTokenLength(int value) {
    set(minTokenLength, value);
    return this;
  }

  /** The serializable recipe the executors build their analyzer from. */
  public AnalyzerSpec analyzerSpec() {
    return new AnalyzerSpec(
        Stemmer.parse(getStemmer()), Arrays.asList(getStopWords()), getMinTokenLength());
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    transformSchema(dataset.schema(), true);
    // Copy the params into locals before building the closure: the UDF captures only the spec.
    String surface = getSurfaceCol();
    StructType analyzedType =
        new StructType()
            .add("terms", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("surfaces", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("gaps", DataTypes.createArrayType(DataTypes.StringType, true), false);
    UserDefinedFunction analyze =
        functions.udf(new AnalyzeFunction(analyzerSpec()), analyzedType).asNonNullable();
    String tmp = "__" + uid + "_analyzed";
    Dataset<Row> withStruct = dataset.toDF().withColumn(tmp, analyze.apply(dataset.col(getInputCol())));
    Column terms = withStruct.col(tmp).getField("terms");
    Dataset<Row> out = withStruct.withColumn(getOutputCol(), terms);
    if (!surface.isEmpty()) {
      out = out.withColumn(surface, withStruct.col(tmp).getField("surfaces"));
    }
    if (!getGapsCol().isEmpty()) {
      out = out.withColumn(getGapsCol(), withStruct.col(tmp).getField("gaps"));
    }
    return out.drop(tmp);
  }

  @Override
  public StructType transformSchema(StructType schema) {
    String input = getInputCol();
    SchemaChecks.requireColumn(schema, "input", input, "");
    List<String> names = Arrays.asList(schema.fieldNames());
    if (!schema.apply(input).dataType().equals(DataTypes.StringType)) {
      throw new IllegalArgumentException(
          "input column '" + input + "' must be a string, got "
              + schema.apply(input).dataType().simpleString());
    }
    StructType out = schema;
    for (String col : outputColumns()) {
      if (names.contains(col)) {
        throw new IllegalArgumentException("output column '" + col + "' already exists");
      }
      boolean nullElements = col.equals(getGapsCol());
      out = out.add(new StructField(col, DataTypes.createArrayType(DataTypes.StringType, nullElements),
          false, org.apache.spark.sql.types.Metadata.empty()));
    }
    return out;
  }

  private List<String> outputColumns() {
    List<String> cols = new java.util.ArrayList<>(List.of(getOutputCol()));
    if (!getSurfaceCol().isEmpty()) {
      cols.add(getSurfaceCol());
    }
    if (!getGapsCol().isEmpty()) {
      cols.add(getGapsCol());
    }
    return cols;
  }

  @Override
  public FrenchNewsTokenizer copy(ParamMap extra) {
    return (FrenchNewsTokenizer) defaultCopy(extra);
  }

  @Override
  public String toString() {
    return "FrenchNewsTokenizer: uid=" + uid + ", stemmer=" + getStemmer()
        + ", extraStopWords=" + getStopWords().length;
  }
}
