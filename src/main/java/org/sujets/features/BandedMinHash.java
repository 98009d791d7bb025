package org.sujets.features;

import java.io.Serializable;
import java.util.Random;

/**
 * Banded MinHash (Leskovec, Rajaraman, Ullman, <i>Mining of Massive Datasets</i>, ch. 3): an
 * article's signature is {@code bands × rows} MinHash values of its shingle set, and each band of
 * {@code rows} values is hashed to one bucket key. Two sets of Jaccard similarity s share a bucket
 * in at least one band with probability 1 − (1 − s^rows)^bands: an S-curve that is steep around
 * (1/bands)^(1/rows), so pairs well below the threshold are seldom candidates.
 *
 * <p>The hash functions are universal hashes (a·x + b) mod p, p = 2^31 − 1, with a and b drawn
 * from the seed: the same seed gives the same functions, so a model needs only its Params.
 * Serializable (two small arrays), shipped with the tasks.
 */
public final class BandedMinHash implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The Mersenne prime 2^31 − 1: reduction by shifts, and a·x + b fits in a long. */
  private static final long PRIME = Integer.MAX_VALUE;

  private final int bands;
  private final int rows;
  private final long[] a;
  private final long[] b;

  public BandedMinHash(int bands, int rows, long seed) {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException("bands and rows must be at least 1, got " + bands + " × " + rows);
    }
    this.bands = bands;
    this.rows = rows;
    int k = bands * rows;
    Random random = new Random(seed);
    a = new long[k];
    b = new long[k];
    for (int i = 0; i < k; i++) {
      a[i] = 1 + random.nextInt(Integer.MAX_VALUE - 1);
      b[i] = random.nextInt(Integer.MAX_VALUE);
    }
  }

  /** The probability that a pair of Jaccard similarity {@code s} shares a bucket in some band. */
  public static double candidateProbability(double s, int bands, int rows) {
    return 1 - Math.pow(1 - Math.pow(s, rows), bands);
  }

  /** The {@code bands × rows} MinHash values of a non-empty set of hashes in [0, 2^31). */
  public long[] signature(int[] shingles) {
    int k = a.length;
    long[] min = new long[k];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    for (int x : shingles) {
      for (int i = 0; i < k; i++) {
        long h = a[i] * x + b[i];
        h = (h & PRIME) + (h >>> 31);
        h = (h & PRIME) + (h >>> 31);
        if (h >= PRIME) {
          h -= PRIME;
        }
        if (h < min[i]) {
          min[i] = h;
        }
      }
    }
    return min;
  }

  /**
   * One bucket key per band: a 64-bit hash of the band's {@code rows} MinHash values. Different
   * bands may share a key value; callers group by (band, key).
   */
  public long[] bandKeys(int[] shingles) {
    long[] signature = signature(shingles);
    long[] keys = new long[bands];
    for (int band = 0; band < bands; band++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int r = 0; r < rows; r++) {
        h = mix(h ^ signature[band * rows + r]);
      }
      keys[band] = h;
    }
    return keys;
  }

  /** SplitMix64's finaliser: every input bit moves every output bit. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
