package org.sujets.features;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Estimator;
import org.apache.spark.ml.param.BooleanParam;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Learns the boilerplate lines of each source: a line (in {@link BoilerplateLines#normalize
 * normal form}, at most {@code maxLineChars} long) found in at least {@code minArticles} articles
 * of one source and in at least {@code minShare} of that source's articles. Articles without a
 * source form one group. Counting is distributed (one row per distinct (source, line) pair);
 * only the learned lines reach the driver. The model also applies the built-in patterns and the
 * reader-comment rule of {@link BoilerplateLines} unless {@code usePatterns} is false.
 *
 * <p>The length cap keeps repeated wire-copy paragraphs (the same dispatch published many times)
 * out of the learned set: boilerplate lines are short, paragraphs are not.
 */
public final class BoilerplateRemover extends Estimator<BoilerplateModel> implements DefaultParamsWritable {
  private static final long serialVersionUID = 1L;

  private final String uid;
  private final Param<String> inputCol;
  private final Param<String> sourceCol;
  private final IntParam minArticles;
  private final DoubleParam minShare;
  private final IntParam maxLineChars;
  private final BooleanParam usePatterns;

  public BoilerplateRemover(String uid) {
    this.uid = uid;
    this.inputCol = new Param<>(this, "inputCol", "column of article text (string). Default: text");
    this.sourceCol = new Param<>(this, "sourceCol", "column of the article's source; empty for none (one group). Default: source");
    this.minArticles = new IntParam(this, "minArticles",
        "fewest articles of one source a line must occur in to be learned, ≥ 2. Default: 5", ParamValidators.gtEq(2));
    this.minShare = new DoubleParam(this, "minShare",
        "smallest share of its source's articles a line must occur in to be learned, in [0, 1]. Default: 0.01",
        ParamValidators.inRange(0, 1));
    this.maxLineChars = new IntParam(this, "maxLineChars",
        "longest line (normalised, in chars) that can be learned, ≥ 1. Default: 200", ParamValidators.gtEq(1));
    this.usePatterns = new BooleanParam(this, "usePatterns",
        "also remove the built-in French boilerplate patterns and reader comments. Default: true");
    setDefault(inputCol, "text");
    setDefault(sourceCol, "source");
    setDefault(minArticles, 5);
    setDefault(minShare, 0.01);
    setDefault(maxLineChars, 200);
    setDefault(usePatterns, true);
  }

  public BoilerplateRemover() {
    this(Identifiable.randomUID("boilerplate"));
  }

  public static MLReader<BoilerplateRemover> read() {
    return new DefaultParamsReader<>();
  }

  @Override
  public String uid() {
    return uid;
  }

  public Param<String> inputCol() { return inputCol; }
  public Param<String> sourceCol() { return sourceCol; }
  public IntParam minArticles() { return minArticles; }
  public DoubleParam minShare() { return minShare; }
  public IntParam maxLineChars() { return maxLineChars; }
  public BooleanParam usePatterns() { return usePatterns; }

  public BoilerplateRemover setInputCol(String v) { set(inputCol, v); return this; }
  public BoilerplateRemover setSourceCol(String v) { set(sourceCol, v); return this; }
  public BoilerplateRemover setMinArticles(int v) { set(minArticles, v); return this; }
  public BoilerplateRemover setMinShare(double v) { set(minShare, v); return this; }
  public BoilerplateRemover setMaxLineChars(int v) { set(maxLineChars, v); return this; }
  public BoilerplateRemover setUsePatterns(boolean v) { set(usePatterns, v); return this; }

  /** WARNING: collects the learned lines (bounded by distinct lines / minArticles, in practice small). */
  @Override
  public BoilerplateModel fit(Dataset<?> dataset) {
    transformSchema(dataset.schema(), true);
    int maxChars = (Integer) $(maxLineChars);
    UDF1<String, String[]> lines = text -> BoilerplateLines.distinctLines(text, maxChars).toArray(new String[0]);
    String source = $(sourceCol);
    Dataset<Row> articles = dataset.toDF().select(
        (source.isEmpty() ? lit("") : coalesce(col(source), lit(""))).as("src"),
        udf(lines, DataTypes.createArrayType(DataTypes.StringType)).apply(col($(inputCol))).as("lines"));
    Dataset<Row> perSource = articles.groupBy("src").agg(count(lit(1)).as("articles"));
    Dataset<Row> perLine = articles.select(col("src"), explode(col("lines")).as("line"))
        .groupBy("src", "line").agg(count(lit(1)).as("n"))
        .filter(col("n").geq((Integer) $(minArticles)));
    Dataset<Row> learned = perLine.join(perSource, "src")
        .filter(col("n").geq(col("articles").multiply((Double) $(minShare))));
    List<String> keys = new ArrayList<>();
    for (Row row : learned.select("src", "line").collectAsList()) {
      keys.add(BoilerplateLines.key(row.getString(0), row.getString(1)));
    }
    keys.sort(null);
    BoilerplateModel model = new BoilerplateModel(uid, keys.toArray(new String[0]));
    copyValues(model, extractParamMap());
    model.setParent(this);
    return model;
  }

  @Override
  public StructType transformSchema(StructType schema) {
    SchemaChecks.requireColumn(schema, "input", $(inputCol), "");
    if (!$(sourceCol).isEmpty()) {
      SchemaChecks.requireColumn(schema, "source", $(sourceCol), "");
    }
    return schema;
  }

  @Override
  public BoilerplateRemover copy(ParamMap extra) {
    return (BoilerplateRemover) defaultCopy(extra);
  }
}
