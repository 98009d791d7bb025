package org.sujets.features;


import java.util.List;
import org.apache.spark.ml.Estimator;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.types.StructType;

/**
 * Finds near-duplicate articles (the same wire dispatch published again, lightly edited): banded
 * MinHash LSH over word shingles of the analysed terms proposes candidate pairs, their exact
 * Jaccard similarity keeps those of at least {@code threshold}, and clusters are the connected
 * components of the kept pairs (see {@link NearDuplicateModel}). Linear in the corpus size: each
 * article yields {@code bands} bucket keys, and a bucket of n articles yields n − 1 candidates.
 *
 * <p>Fitting reads no data: the hash functions are derived from {@code seed}, so the model is its
 * Params, {@link NearDuplicateParams}.
 */
public final class NearDuplicateDetector extends Estimator<NearDuplicateModel>
    implements NearDuplicateParams, DefaultParamsWritable {
  private static final long serialVersionUID = 1L;

  private final String uid;
  private final NearDuplicateParams.Declared declared;

  public NearDuplicateDetector(String uid) {
    this.uid = uid;
    this.declared = NearDuplicateParams.Declared.on(this);
  }

  public NearDuplicateDetector() {
    this(Identifiable.randomUID("neardup"));
  }

  public static MLReader<NearDuplicateDetector> read() {
    return new DefaultParamsReader<>();
  }

  @Override
  public String uid() {
    return uid;
  }

  @Override
  public NearDuplicateParams.Declared nearDuplicateParams() {
    return declared;
  }

  public NearDuplicateDetector setTermsCol(String v) { set(termsCol(), v); return this; }
  public NearDuplicateDetector setIdCol(String v) { set(idCol(), v); return this; }
  public NearDuplicateDetector setDateCol(String v) { set(dateCol(), v); return this; }
  public NearDuplicateDetector setShingleSize(int v) { set(shingleSize(), v); return this; }
  public NearDuplicateDetector setThreshold(double v) { set(threshold(), v); return this; }
  public NearDuplicateDetector setBands(int v) { set(bands(), v); return this; }
  public NearDuplicateDetector setRows(int v) { set(rows(), v); return this; }
  public NearDuplicateDetector setSeed(long v) { set(seed(), v); return this; }
  public NearDuplicateDetector setMaxRounds(int v) { set(maxRounds(), v); return this; }
  public NearDuplicateDetector setMaxCollectedPairs(int v) { set(maxCollectedPairs(), v); return this; }
  public NearDuplicateDetector setRepresentativeCol(String v) { set(representativeCol(), v); return this; }
  public NearDuplicateDetector setSimilarityCol(String v) { set(similarityCol(), v); return this; }

  @Override
  public NearDuplicateModel fit(Dataset<?> dataset) {
    transformSchema(dataset.schema(), true);
    NearDuplicateModel model = new NearDuplicateModel(uid);
    copyValues(model, extractParamMap());
    model.setParent(this);
    return model;
  }

  @Override
  public StructType transformSchema(StructType schema) {
    for (String c : List.of(getTermsCol(), getIdCol(), getDateCol())) {
      SchemaChecks.requireColumn(schema, "input", c, "");
    }
    return NearDuplicateModel.outputSchema(schema, getRepresentativeCol(), getSimilarityCol());
  }

  @Override
  public NearDuplicateDetector copy(ParamMap extra) {
    return (NearDuplicateDetector) defaultCopy(extra);
  }
}
