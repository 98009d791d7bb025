package org.sujets.features;

import static org.apache.spark.sql.functions.arrays_zip;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Readable words for terms: for every term (a stem), the surface form it was most often written
 * as over the corpus, so topics read "satellites", not "satellit". Ties go to the form that sorts
 * last, so the choice is deterministic.
 */
public final class SurfaceForms {
  private SurfaceForms() {}

  /**
   * Counts (term, surface) pairs over the corpus and keeps each term's most frequent surface.
   * Distributed: one row per distinct term comes out, nothing is collected.
   *
   * @return columns {@code term}, {@code surface}, {@code count} (how often the surface occurs)
   */
  public static Dataset<Row> mostFrequent(Dataset<Row> analyzed, String termsCol, String surfacesCol) {
    Dataset<Row> pairs =
        analyzed
            .select(explode(arrays_zip(col(termsCol), col(surfacesCol))).as("p"))
            .select(col("p." + termsCol).as("term"), col("p." + surfacesCol).as("surface"));
    return pairs
        .groupBy("term", "surface")
        .agg(count("*").as("count"))
        .groupBy("term")
        .agg(max(struct(col("count"), col("surface"))).as("best"))
        .select(col("term"), col("best.surface").as("surface"), col("best.count").as("count"));
  }

  /**
   * The readable word of every vocabulary term, index for index. WARNING: collects one row per
   * vocabulary term to the driver (bounded by the vocabulary size, not by the corpus).
   */
  public static String[] forVocabulary(Dataset<Row> mostFrequent, String[] vocabulary) {
    SparkSession spark = mostFrequent.sparkSession();
    Dataset<Row> vocab =
        spark.createDataset(java.util.Arrays.asList(vocabulary), org.apache.spark.sql.Encoders.STRING())
            .toDF("term");
    Map<String, String> readable = new HashMap<>();
    for (Row row : mostFrequent.join(vocab, "term").select("term", "surface").collectAsList()) {
      readable.put(row.getString(0), row.getString(1));
    }
    String[] words = new String[vocabulary.length];
    for (int i = 0; i < vocabulary.length; i++) {
      words[i] = readable.getOrDefault(vocabulary[i], vocabulary[i]);
    }
    return words;
  }
}
