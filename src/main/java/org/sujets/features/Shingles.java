package org.sujets.features;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import scala.util.hashing.MurmurHash3$;

/**
 * An article's word shingles (runs of {@code size} consecutive terms) as the sorted distinct
 * 31-bit hashes of the runs, the input of MinHash; and the exact Jaccard similarity of two such
 * sets (the share of shingles two articles have in common).
 */
public final class Shingles {
  /** Cannot occur inside a term, so the joined shingle is unambiguous. */
  private static final char SEPARATOR = '\u0001';

  /** Column {@link #withColumn} adds. */
  static final String COLUMN = "shingles";

  private Shingles() {}

  /**
   * The input with a {@link #COLUMN} column (sorted distinct shingle hashes, array&lt;int&gt;),
   * without the articles too short to compare.
   */
  static Dataset<?> withColumn(Dataset<?> dataset, String terms, int size) {
    UDF1<scala.collection.Seq<String>, int[]> hashes =
        seq -> of(seq == null ? null : scala.jdk.javaapi.CollectionConverters.asJava(seq), size);
    Column shingles = udf(hashes, DataTypes.createArrayType(DataTypes.IntegerType, false)).apply(col(terms));
    return dataset.toDF().withColumn(COLUMN, shingles).filter(col(COLUMN).isNotNull());
  }

  /**
   * The sorted distinct shingle hashes of {@code terms}, in [0, 2^31), or null when there are
   * fewer than {@code size} terms (MinHash needs at least one shingle; such short articles are
   * not compared). 31 bits: two different shingles of one pair of articles seldom collide.
   */
  public static int[] of(List<String> terms, int size) {
    if (terms == null || terms.size() < size) {
      return null;
    }
    int count = terms.size() - size + 1;
    int[] hashes = new int[count];
    StringBuilder shingle = new StringBuilder();
    for (int start = 0; start < count; start++) {
      shingle.setLength(0);
      for (int i = start; i < start + size; i++) {
        shingle.append(terms.get(i)).append(SEPARATOR);
      }
      hashes[start] = MurmurHash3$.MODULE$.stringHash(shingle.toString()) & Integer.MAX_VALUE;
    }
    Arrays.sort(hashes);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (i == 0 || hashes[i] != hashes[i - 1]) {
        hashes[distinct++] = hashes[i];
      }
    }
    return distinct == count ? hashes : Arrays.copyOf(hashes, distinct);
  }

  /** Exact Jaccard similarity |a ∩ b| / |a ∪ b| of two sorted distinct sets, by one merge. */
  public static double jaccard(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        common++;
        i++;
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 0 : (double) common / union;
  }
}
