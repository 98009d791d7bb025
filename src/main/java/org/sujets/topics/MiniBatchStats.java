package org.sujets.topics;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

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
 */
final class MiniBatchStats implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Word-major k × vocabulary; null in the aggregation's zero value (no article yet). */
  transient double[] stat;
  /** Σ E[log θ] of the articles, or null when α is not learned. */
  transient double[] logphat;
  transient long articles;

  MiniBatchStats(double[] stat, double[] logphat, long articles) {
    this.stat = stat;
    this.logphat = logphat;
    this.articles = articles;
  }

  /** Adds {@code other} into this one and returns this one. */
  MiniBatchStats merge(MiniBatchStats other) {
    if (other.stat != null) {
      if (stat == null) {
        stat = other.stat;
      } else {
        add(stat, other.stat);
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

  private static void add(double[] into, double[] values) {
    for (int i = 0; i < into.length; i++) {
      into[i] += values[i];
    }
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.writeLong(articles);
    out.writeObject(bytes(stat));
    out.writeObject(bytes(logphat));
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    articles = in.readLong();
    stat = doubles((byte[]) in.readObject());
    logphat = doubles((byte[]) in.readObject());
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
}
