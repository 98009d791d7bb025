package org.sujets.topics;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.BitSet;

/**
 * What one mini-batch of online LDA sends back to the driver: the sufficient statistics (k ×
 * vocabulary, word-major), Σ E[log θ] over the articles when α is learned, and how many
 * non-empty articles there were. Partial results are merged in place, as Spark's
 * {@code treeAggregate} expects of its combiners.
 *
 * <p>Serialised with each array as one byte array, copied in bulk: Java serialisation writes a
 * double[] element by element, and every task of every iteration sends k × vocabulary of them
 * (5 MB for 20 topics over 33,000 words), which made serialising and reading back task results
 * a tenth of an OrangeSum run's CPU. The bytes are little-endian, the order of x86 and ARM, so
 * the copy is a plain memory copy there; the values come back bit for bit.
 *
 * <p>A task's statistics are sent sparse when the articles it saw used less than half the
 * vocabulary (the rows of the words they used, with those words' ids): a mini-batch of 5 % of a
 * million articles over 54 partitions sent 54 dense arrays of 16 MB per iteration, through the
 * merge's shuffle. Merging densifies; a cell no article touched is 0 either way and x + 0 = x, so
 * the sums are the same bit for bit.
 */
final class MiniBatchStats implements Serializable {
  private static final long serialVersionUID = 2L;

  /** Word-major k × vocabulary; null when sparse, and in the aggregation's zero value (no article yet). */
  private transient double[] stat;
  /** Sparse form: the ids of the words with statistics, ascending (null when dense or empty). */
  private transient int[] words;
  /** Sparse form: those words' rows, k per word, in the order of {@link #words}. */
  private transient double[] rows;
  /** Topics and vocabulary size, to densify the sparse form. */
  private transient int k;
  private transient int vocab;
  /** Σ E[log θ] of the articles, or null when α is not learned. */
  transient double[] logphat;
  transient long articles;

  /** Dense statistics ({@code stat} null for none: the aggregation's zero value). */
  MiniBatchStats(double[] stat, double[] logphat, long articles) {
    this.stat = stat;
    this.logphat = logphat;
    this.articles = articles;
  }

  /**
   * A task's statistics, sparse when the words it {@code touched} are under half the vocabulary
   * (only their cells can be non-zero).
   */
  static MiniBatchStats of(double[] stat, BitSet touched, int k, double[] logphat, long articles) {
    if (stat == null || touched.cardinality() * 2L * k >= stat.length) {
      return new MiniBatchStats(stat, logphat, articles);
    }
    MiniBatchStats sparse = new MiniBatchStats(null, logphat, articles);
    sparse.k = k;
    sparse.vocab = stat.length / k;
    sparse.words = touched.stream().toArray();
    sparse.rows = new double[sparse.words.length * k];
    for (int i = 0; i < sparse.words.length; i++) {
      System.arraycopy(stat, sparse.words[i] * k, sparse.rows, i * k, k);
    }
    return sparse;
  }

  /** The statistics, dense (word-major k × vocabulary), or null when there are none. */
  double[] dense() {
    if (stat == null && words != null) {
      double[] filled = new double[k * vocab];
      addTo(filled);
      stat = filled;
      words = null;
      rows = null;
    }
    return stat;
  }

  /** True when the statistics are held sparse. */
  boolean isSparse() {
    return words != null;
  }

  /** Adds {@code other} into this one and returns this one. */
  MiniBatchStats merge(MiniBatchStats other) {
    if (other.stat != null || other.words != null) {
      if (stat == null && words == null) {
        stat = other.stat;
        words = other.words;
        rows = other.rows;
        k = other.k;
        vocab = other.vocab;
      } else {
        other.addTo(dense());
      }
    }
    if (other.logphat != null) {
      if (logphat == null) {
        logphat = other.logphat;
      } else {
        add(logphat, other.logphat);
      }
    }
    articles += other.articles;
    return this;
  }

  private void addTo(double[] into) {
    if (stat != null) {
      add(into, stat);
      return;
    }
    for (int i = 0; i < words.length; i++) {
      int cell = words[i] * k;
      int row = i * k;
      for (int t = 0; t < k; t++) {
        into[cell + t] += rows[row + t];
      }
    }
  }

  private static void add(double[] into, double[] values) {
    for (int i = 0; i < into.length; i++) {
      into[i] += values[i];
    }
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.writeLong(articles);
    out.writeObject(bytes(stat));
    out.writeObject(bytes(logphat));
    out.writeInt(k);
    out.writeInt(vocab);
    out.writeObject(bytes(words));
    out.writeObject(bytes(rows));
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    articles = in.readLong();
    stat = doubles((byte[]) in.readObject());
    logphat = doubles((byte[]) in.readObject());
    k = in.readInt();
    vocab = in.readInt();
    words = ints((byte[]) in.readObject());
    rows = doubles((byte[]) in.readObject());
  }

  private static byte[] bytes(double[] values) {
    if (values == null) {
      return null;
    }
    byte[] bytes = new byte[values.length * Double.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().put(values);
    return bytes;
  }

  private static double[] doubles(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    double[] values = new double[bytes.length / Double.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(values);
    return values;
  }

  private static byte[] bytes(int[] values) {
    if (values == null) {
      return null;
    }
    byte[] bytes = new byte[values.length * Integer.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().put(values);
    return bytes;
  }

  private static int[] ints(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    int[] values = new int[bytes.length / Integer.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(values);
    return values;
  }
}
