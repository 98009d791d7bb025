package org.sujets.features;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;
import static org.sujets.features.StageParams.withDefault;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.apache.spark.ml.Model;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.StringArrayParam;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sujets.ingest.Columns;

/**
 * Removes boilerplate lines from article text: the lines a {@link BoilerplateRemover} learned
 * per source, plus (unless {@code usePatterns} is false) the built-in patterns and reader
 * comments of {@link BoilerplateLines}. The output column may be the input column (the text is
 * then replaced). Params: the {@link BoilerplateParams} its remover was fitted with, the output
 * columns and the learned lines, so the model saves with the default writer.
 */
public final class BoilerplateModel extends Model<BoilerplateModel>
    implements BoilerplateParams, DefaultParamsWritable {
  private static final long serialVersionUID = 1L;

  private final String uid;
  private final BoilerplateParams.Declared declared;
  private final Param<String> outputCol;
  private final Param<String> removedCol;
  private final StringArrayParam learnedLines;

  public BoilerplateModel(String uid) {
    this.uid = uid;
    this.declared = BoilerplateParams.Declared.on(this);
    this.outputCol = withDefault(this, new Param<String>(this, "outputCol",
        "column of cleaned text; may equal inputCol to replace it"), Columns.TEXT);
    this.removedCol = withDefault(this, new Param<String>(this, "removedCol",
        "column of the removed lines (array<string>, trimmed originals); empty for none"), "");
    this.learnedLines = withDefault(this, new StringArrayParam(this, "learnedLines",
        "learned boilerplate lines, each 'source U+001F normalised line'; none until fitted"), new String[0]);
  }

  public BoilerplateModel() {
    this(Identifiable.randomUID("boilerplatemodel"));
  }

  BoilerplateModel(String uid, String[] learned) {
    this(uid);
    set(learnedLines, learned);
  }

  public static MLReader<BoilerplateModel> read() {
    return new DefaultParamsReader<>();
  }

  public static BoilerplateModel load(String path) {
    return read().load(path);
  }

  @Override
  public String uid() {
    return uid;
  }

  @Override
  public BoilerplateParams.Declared boilerplateParams() {
    return declared;
  }

  public Param<String> outputCol() { return outputCol; }
  public Param<String> removedCol() { return removedCol; }
  public StringArrayParam learnedLines() { return learnedLines; }

  public BoilerplateModel setOutputCol(String v) { set(outputCol, v); return this; }
  public BoilerplateModel setRemovedCol(String v) { set(removedCol, v); return this; }
  public BoilerplateModel setUsePatterns(boolean v) { set(usePatterns(), v); return this; }

  public String[] getLearnedLines() {
    return $(learnedLines);
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    transformSchema(dataset.schema(), true);
    BoilerplateLines rules = new BoilerplateLines(new HashSet<>(Arrays.asList($(learnedLines))), getUsePatterns());
    StructType cleanedType = new StructType()
        .add("text", DataTypes.StringType, true)
        .add("removed", DataTypes.createArrayType(DataTypes.StringType, false), false);
    UDF2<String, String, Row> clean = (text, source) -> {
      BoilerplateLines.Cleaned c = rules.clean(text, source);
      return RowFactory.create(c.text(), c.removed().toArray(new String[0]));
    };
    Column source = getSourceCol().isEmpty() ? lit("").cast(DataTypes.StringType) : col(getSourceCol());
    String tmp = "__" + uid + "_cleaned";
    Dataset<Row> out = dataset.toDF().withColumn(tmp, udf(clean, cleanedType).apply(col(getInputCol()), source));
    out = out.withColumn($(outputCol), col(tmp + ".text"));
    if (!$(removedCol).isEmpty()) {
      out = out.withColumn($(removedCol), col(tmp + ".removed"));
    }
    return out.drop(tmp);
  }

  @Override
  public StructType transformSchema(StructType schema) {
    List<String> names = Arrays.asList(schema.fieldNames());
    SchemaChecks.requireColumn(schema, "input", getInputCol(), "");
    if (!getSourceCol().isEmpty()) {
      SchemaChecks.requireColumn(schema, "source", getSourceCol(), "");
    }
    StructType out = schema;
    if (!names.contains($(outputCol))) {
      out = out.add($(outputCol), DataTypes.StringType, true);
    }
    if (!$(removedCol).isEmpty()) {
      out = out.add($(removedCol), DataTypes.createArrayType(DataTypes.StringType, false), false);
    }
    return out;
  }

  @Override
  public BoilerplateModel copy(ParamMap extra) {
    BoilerplateModel copied = new BoilerplateModel(uid);
    copyValues(copied, extra);
    return copied.setParent(parent());
  }
}
