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
import org.apache.spark.ml.param.ParamMap;
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
public final class BoilerplateRemover extends Estimator<BoilerplateModel>
    implements BoilerplateParams, DefaultParamsWritable {
  private static final long serialVersionUID = 1L;

  private final String uid;
  private final BoilerplateParams.Declared declared;

  public BoilerplateRemover(String uid) {
    this.uid = uid;
    this.declared = BoilerplateParams.Declared.on(this);
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

  @Override
  public BoilerplateParams.Declared boilerplateParams() {
    return declared;
  }

  public BoilerplateRemover setInputCol(String v) { set(inputCol(), v); return this; }
  public BoilerplateRemover setSourceCol(String v) { set(sourceCol(), v); return this; }
  public BoilerplateRemover setMinArticles(int v) { set(minArticles(), v); return this; }
  public BoilerplateRemover setMinShare(double v) { set(minShare(), v); return this; }
  public BoilerplateRemover setMaxLineChars(int v) { set(maxLineChars(), v); return this; }
  public BoilerplateRemover setUsePatterns(boolean v) { set(usePatterns(), v); return this; }

  /** WARNING: collects the learned lines (bounded by distinct lines / minArticles, in practice small). */
  @Override
  public BoilerplateModel fit(Dataset<?> dataset) {
    transformSchema(dataset.schema(), true);
    int maxChars = getMaxLineChars();
    UDF1<String, String[]> lines = text -> BoilerplateLines.distinctLines(text, maxChars).toArray(new String[0]);
    String source = getSourceCol();
    Dataset<Row> articles = dataset.toDF().select(
        (source.isEmpty() ? lit("") : coalesce(col(source), lit(""))).as("src"),
        udf(lines, DataTypes.createArrayType(DataTypes.StringType)).apply(col(getInputCol())).as("lines"));
    Dataset<Row> perSource = articles.groupBy("src").agg(count(lit(1)).as("articles"));
    Dataset<Row> perLine = articles.select(col("src"), explode(col("lines")).as("line"))
        .groupBy("src", "line").agg(count(lit(1)).as("n"))
        .filter(col("n").geq(getMinArticles()));
    Dataset<Row> learned = perLine.join(perSource, "src")
        .filter(col("n").geq(col("articles").multiply(getMinShare())));
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
    SchemaChecks.requireColumn(schema, "input", getInputCol(), "");
    if (!getSourceCol().isEmpty()) {
      SchemaChecks.requireColumn(schema, "source", getSourceCol(), "");
    }
    return schema;
  }

  @Override
  public BoilerplateRemover copy(ParamMap extra) {
    return (BoilerplateRemover) defaultCopy(extra);
  }
}
