package org.sujets.features;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.apache.spark.ml.Model;
import org.apache.spark.ml.param.BooleanParam;
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

/**
 * Removes boilerplate lines from article text: the lines a {@link BoilerplateRemover} learned
 * per source, plus (unless {@code usePatterns} is false) the built-in patterns and reader
 * comments of {@link BoilerplateLines}. The output column may be the input column (the text is
 * then replaced). The learned lines are a Param, so the model saves with the default writer.
 */
public final class BoilerplateModel extends Model<BoilerplateModel> implements DefaultParamsWritable {
  private static final long serialVersionUID = 1L;

  private final String uid;
  private final Param<String> inputCol;
  private final Param<String> sourceCol;
  private final Param<String> outputCol;
  private final Param<String> removedCol;
  private final BooleanParam usePatterns;
  private final StringArrayParam learnedLines;

  public BoilerplateModel(String uid) {
    this.uid = uid;
    this.inputCol = new Param<>(this, "inputCol", "column of article text (string). Default: text");
    this.sourceCol = new Param<>(this, "sourceCol", "column of the article's source; empty for none. Default: source");
    this.outputCol = new Param<>(this, "outputCol", "column of cleaned text; may equal inputCol to replace it. Default: text");
    this.removedCol = new Param<>(this, "removedCol",
        "column of the removed lines (array<string>, trimmed originals); empty for none. Default: empty");
    this.usePatterns = new BooleanParam(this, "usePatterns",
        "also remove the built-in French boilerplate patterns and reader comments. Default: true");
    this.learnedLines = new StringArrayParam(this, "learnedLines",
        "learned boilerplate lines, each 'source U+001F normalised line'. Default: none");
    setDefault(inputCol, "text");
    setDefault(sourceCol, "source");
    setDefault(outputCol, "text");
    setDefault(removedCol, "");
    setDefault(usePatterns, true);
    setDefault(learnedLines, new String[0]);
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

  public Param<String> inputCol() { return inputCol; }
  public Param<String> sourceCol() { return sourceCol; }
  public Param<String> outputCol() { return outputCol; }
  public Param<String> removedCol() { return removedCol; }
  public BooleanParam usePatterns() { return usePatterns; }
  public StringArrayParam learnedLines() { return learnedLines; }

  public BoilerplateModel setOutputCol(String v) { set(outputCol, v); return this; }
  public BoilerplateModel setRemovedCol(String v) { set(removedCol, v); return this; }
  public BoilerplateModel setUsePatterns(boolean v) { set(usePatterns, v); return this; }

  public String[] getLearnedLines() {
    return $(learnedLines);
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    transformSchema(dataset.schema(), true);
    BoilerplateLines rules = new BoilerplateLines(new HashSet<>(Arrays.asList($(learnedLines))), (Boolean) $(usePatterns));
    StructType cleanedType = new StructType()
        .add("text", DataTypes.StringType, true)
        .add("removed", DataTypes.createArrayType(DataTypes.StringType, false), false);
    UDF2<String, String, Row> clean = (text, source) -> {
      BoilerplateLines.Cleaned c = rules.clean(text, source);
      return RowFactory.create(c.text(), c.removed().toArray(new String[0]));
    };
    Column source = $(sourceCol).isEmpty() ? lit("").cast(DataTypes.StringType) : col($(sourceCol));
    String tmp = "__" + uid + "_cleaned";
    Dataset<Row> out = dataset.toDF().withColumn(tmp, udf(clean, cleanedType).apply(col($(inputCol)), source));
    out = out.withColumn($(outputCol), col(tmp + ".text"));
    if (!$(removedCol).isEmpty()) {
      out = out.withColumn($(removedCol), col(tmp + ".removed"));
    }
    return out.drop(tmp);
  }

  @Override
  public StructType transformSchema(StructType schema) {
    List<String> names = Arrays.asList(schema.fieldNames());
    SchemaChecks.requireColumn(schema, "input", $(inputCol), "");
    if (!$(sourceCol).isEmpty()) {
      SchemaChecks.requireColumn(schema, "source", $(sourceCol), "");
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
