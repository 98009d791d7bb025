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
    assertEquals(stat.length, back.stat.length);
    for (int i = 0; i < stat.length; i++) {
      assertEquals(Double.doubleToRawLongBits(stat[i]), Double.doubleToRawLongBits(back.stat[i]), "entry " + i);
    }
    assertArrayEquals(logphat, back.logphat);
  }

  @Test
  void theZeroValueAndAnUnlearnedAlphaStayNull() throws Exception {
    MiniBatchStats zero = roundTrip(new MiniBatchStats(null, null, 0));
    assertNull(zero.stat);
    assertNull(zero.logphat);
    MiniBatchStats merged = zero.merge(roundTrip(new MiniBatchStats(new double[] {1, 2}, null, 3)));
    assertArrayEquals(new double[] {1, 2}, merged.stat);
    assertNull(merged.logphat);
    assertEquals(3, merged.articles);
  }
}
