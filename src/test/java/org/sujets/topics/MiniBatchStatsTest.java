package org.sujets.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MiniBatchStatsTest {
  private static MiniBatchStats roundTrip(MiniBatchStats stats) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(stats);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (MiniBatchStats) in.readObject();
    }
  }

  @Test
  void comesBackBitForBitIncludingSpecialValues() throws Exception {
    Random random = new Random(7);
    double[] stat = new double[20 * 1000 + 3];
    for (int i = 0; i < stat.length; i++) {
      stat[i] = random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20);
    }
    stat[0] = -0.0;
    stat[1] = Double.MIN_VALUE;
    stat[2] = Double.NaN;
    stat[3] = Double.NEGATIVE_INFINITY;
    double[] logphat = {-1.5, 2.25, Math.PI};
    MiniBatchStats back = roundTrip(new MiniBatchStats(stat.clone(), logphat.clone(), 1234));
    assertEquals(1234, back.articles);
    assertEquals(stat.length, back.dense().length);
    for (int i = 0; i < stat.length; i++) {
      assertEquals(Double.doubleToRawLongBits(stat[i]), Double.doubleToRawLongBits(back.dense()[i]), "entry " + i);
    }
    assertArrayEquals(logphat, back.logphat);
  }

  @Test
  void theZeroValueAndAnUnlearnedAlphaStayNull() throws Exception {
    MiniBatchStats zero = roundTrip(new MiniBatchStats(null, null, 0));
    assertNull(zero.dense());
    assertNull(zero.logphat);
    MiniBatchStats merged = zero.merge(roundTrip(new MiniBatchStats(new double[] {1, 2}, null, 3)));
    assertArrayEquals(new double[] {1, 2}, merged.dense());
    assertNull(merged.logphat);
    assertEquals(3, merged.articles);
  }

  /**
   * A task whose articles used few words sends them sparse; merged, in any position, the sums are
   * those of the dense arrays bit for bit (and a task that used most words stays dense).
   */
  @Test
  void sparseTaskResultsMergeAsTheirDenseArraysBitForBit() throws Exception {
    int k = 3;
    int vocab = 50;
    Random random = new Random(11);
    MiniBatchStats sparseSum = new MiniBatchStats(null, null, 0);
    MiniBatchStats denseSum = new MiniBatchStats(null, null, 0);
    for (int task = 0; task < 4; task++) {
      double[] stat = new double[k * vocab];
      java.util.BitSet touched = new java.util.BitSet();
      int used = task == 2 ? vocab : 6;
      for (int i = 0; i < used; i++) {
        int word = task == 2 ? i : random.nextInt(vocab);
        touched.set(word);
        for (int t = 0; t < k; t++) {
          stat[word * k + t] += random.nextDouble() * Math.pow(10, random.nextInt(6) - 3);
        }
      }
      MiniBatchStats sent = MiniBatchStats.of(stat.clone(), touched, k, new double[] {task, 1}, 10 + task);
      assertEquals(task != 2, sent.isSparse(), "task " + task);
      sparseSum.merge(roundTrip(sent));
      denseSum.merge(new MiniBatchStats(stat, new double[] {task, 1}, 10 + task));
    }
    assertArrayEquals(denseSum.dense(), sparseSum.dense());
    assertArrayEquals(denseSum.logphat, sparseSum.logphat);
    assertEquals(46, sparseSum.articles);
  }

  @Test
  void aSingleSparseResultDensifiesToItsArray() throws Exception {
    double[] stat = new double[2 * 10];
    stat[2 * 7] = 0.5;
    stat[2 * 7 + 1] = 1.5;
    java.util.BitSet touched = new java.util.BitSet();
    touched.set(7);
    MiniBatchStats merged = new MiniBatchStats(null, null, 0).merge(roundTrip(MiniBatchStats.of(stat.clone(), touched, 2, null, 1)));
    assertArrayEquals(stat, merged.dense());
  }
}
