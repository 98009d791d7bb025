package org.sujets.features;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import scala.util.hashing.MurmurHash3$;

/**
 * An article's word shingles (runs of {@code size} consecutive terms) as a binary sparse vector of
 * hashed shingle indices, the input of MinHash. Two articles' Jaccard similarity over these
 * vectors is the share of shingles they have in common.
 */
public final class Shingles {
  /**
   * Size of the hashed shingle space: below MinHashLSH's prime (2,038,074,743) as it requires,
   * and large enough that two different shingles of one pair of articles seldom collide.
   */
  public static final int DIMENSION = 1 << 30;
  /** Cannot occur inside a term, so the joined shingle is unambiguous. */
  private static final char SEPARATOR = '\u0001';

  private Shingles() {}

  /**
   * The shingle vector of {@code terms}, or null when there are fewer than {@code size} terms
   * (MinHash needs at least one shingle; such short articles are not compared).
   */
  public static Vector of(List<String> terms, int size) {
    if (terms == null || terms.size() < size) {
      return null;
    }
    int count = terms.size() - size + 1;
    int[] indices = new int[count];
    StringBuilder shingle = new StringBuilder();
    for (int start = 0; start < count; start++) {
      shingle.setLength(0);
      for (int i = start; i < start + size; i++) {
        shingle.append(terms.get(i)).append(SEPARATOR);
      }
      indices[start] = MurmurHash3$.MODULE$.stringHash(shingle.toString()) & (DIMENSION - 1);
    }
    int[] distinct = Arrays.stream(indices).sorted().distinct().toArray();
    double[] ones = new double[distinct.length];
    Arrays.fill(ones, 1.0);
    return Vectors.sparse(DIMENSION, distinct, ones);
  }
}
