package org.sujets.features;

import static org.sujets.features.StageParams.withDefault;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.Model;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.StringArrayParam;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * The phrases a {@link PhraseDetector} learned, applied to articles: each known phrase becomes
 * one term ({@code coré du nord}) with one surface ({@code corée du nord}), see {@link
 * PhraseJoiner}. The terms, surfaces and gaps columns are rewritten in place (they stay
 * parallel), so every later stage (vocabulary, surface forms, TF-IDF, LDA) sees phrases as
 * ordinary terms. Params: the {@link PhraseParams} its detector was fitted with, and the learned
 * {@code phrases}, so the model saves and loads with the default writer.
 */
public final class PhraseModel extends Model<PhraseModel> implements PhraseParams, DefaultParamsWritable {
  private static final long serialVersionUID = 1L;

  private final String uid;
  private final PhraseParams.Declared declared;
  private final StringArrayParam phrases;

  public PhraseModel(String uid) {
    this.uid = uid;
    this.declared = PhraseParams.Declared.on(this);
    this.phrases = withDefault(this, new StringArrayParam(this, "phrases",
        "the learned phrases as unit terms (stems joined by connector words); none until fitted"), new String[0]);
  }

  public PhraseModel() {
    this(Identifiable.randomUID("phrasemodel"));
  }

  PhraseModel(String uid, String[] learned) {
    this(uid);
    set(phrases, learned);
  }

  public static MLReader<PhraseModel> read() {
    return new DefaultParamsReader<>();
  }

  public static PhraseModel load(String path) {
    return read().load(path);
  }

  @Override
  public String uid() {
    return uid;
  }

  @Override
  public PhraseParams.Declared phraseParams() {
    return declared;
  }

  public StringArrayParam phrases() { return phrases; }

  /** The learned phrases, as unit terms. */
  public String[] getPhrases() {
    return $(phrases);
  }

  /** The joiner the executors run. */
  public PhraseJoiner joiner() {
    return new PhraseJoiner(new LinkedHashSet<>(Arrays.asList($(phrases))),
        new LinkedHashSet<>(Arrays.asList(getConnectorWords())), getMaxLength());
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    StructType schema = transformSchema(dataset.schema(), true);
    int t = schema.fieldIndex(getTermsCol());
    int s = schema.fieldIndex(getSurfacesCol());
    int g = schema.fieldIndex(getGapsCol());
    PhraseJoiner joiner = joiner();
    MapFunction<Row, Row> rewrite = row -> {
      Object[] values = new Object[row.length()];
      for (int i = 0; i < values.length; i++) {
        values[i] = row.get(i);
      }
      if (!row.isNullAt(t)) {
        PhraseJoiner.Units units = joiner.apply(strings(row, t), strings(row, s), strings(row, g));
        values[t] = toSeq(units.terms());
        values[s] = toSeq(units.surfaces());
        values[g] = toSeq(units.gaps());
      }
      return RowFactory.create(values);
    };
    return dataset.toDF().map(rewrite, Encoders.row(schema));
  }

  private static scala.collection.immutable.Seq<String> toSeq(List<String> values) {
    return scala.jdk.javaapi.CollectionConverters.asScala(values).toSeq();
  }

  /** An array&lt;string&gt; field as a Java array; null when the field is null. */
  static String[] strings(Row row, int index) {
    if (row.isNullAt(index)) {
      return null;
    }
    List<String> list = row.getList(index);
    return list.toArray(new String[0]);
  }

  @Override
  public StructType transformSchema(StructType schema) {
    for (String c : List.of(getTermsCol(), getSurfacesCol(), getGapsCol())) {
      SchemaChecks.requireColumn(schema, "input", c, "");
    }
    return schema;
  }

  @Override
  public PhraseModel copy(ParamMap extra) {
    PhraseModel copied = new PhraseModel(uid);
    copyValues(copied, extra);
    return copied.setParent(parent());
  }
}
