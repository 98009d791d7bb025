package org.sujets.features;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.Model;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.ParamValidators;
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
 * ordinary terms. The phrases are a Param, so the model saves and loads with the default writer.
 */
public final class PhraseModel extends Model<PhraseModel> implements DefaultParamsWritable {
  private static final long serialVersionUID = 1L;

  private final String uid;
  private final Param<String> termsCol;
  private final Param<String> surfacesCol;
  private final Param<String> gapsCol;
  private final StringArrayParam connectorWords;
  private final IntParam maxLength;
  private final StringArrayParam phrases;

  public PhraseModel(String uid) {
    this.uid = uid;
    this.termsCol = new Param<>(this, "termsCol", "column of terms (array<string>), rewritten in place. Default: terms");
    this.surfacesCol = new Param<>(this, "surfacesCol", "column of surface forms parallel to the terms, rewritten in place. Default: surfaces");
    this.gapsCol = new Param<>(this, "gapsCol", "column of gaps before each token, rewritten in place. Default: gaps");
    this.connectorWords = new StringArrayParam(this, "connectorWords",
        "lowercase words allowed between the tokens of a phrase. Default: de du des d' la le l' en");
    this.maxLength = new IntParam(this, "maxLength", "most tokens in a phrase, range [2, 4]. Default: 3",
        ParamValidators.inRange(2, 4));
    this.phrases = new StringArrayParam(this, "phrases",
        "the learned phrases as unit terms (stems joined by connector words). Default: none");
    setDefault(termsCol, FeaturePipeline.TERMS);
    setDefault(surfacesCol, FeaturePipeline.SURFACES);
    setDefault(gapsCol, FeaturePipeline.GAPS);
    setDefault(connectorWords, PhraseDetector.DEFAULT_CONNECTORS);
    setDefault(maxLength, 3);
    setDefault(phrases, new String[0]);
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

  public Param<String> termsCol() { return termsCol; }
  public Param<String> surfacesCol() { return surfacesCol; }
  public Param<String> gapsCol() { return gapsCol; }
  public StringArrayParam connectorWords() { return connectorWords; }
  public IntParam maxLength() { return maxLength; }
  public StringArrayParam phrases() { return phrases; }

  /** The learned phrases, as unit terms. */
  public String[] getPhrases() {
    return $(phrases);
  }

  /** The joiner the executors run. */
  public PhraseJoiner joiner() {
    return new PhraseJoiner(new LinkedHashSet<>(Arrays.asList($(phrases))),
        new LinkedHashSet<>(Arrays.asList($(connectorWords))), (Integer) $(maxLength));
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    StructType schema = transformSchema(dataset.schema(), true);
    int t = schema.fieldIndex($(termsCol));
    int s = schema.fieldIndex($(surfacesCol));
    int g = schema.fieldIndex($(gapsCol));
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
    for (String c : List.of($(termsCol), $(surfacesCol), $(gapsCol))) {
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
