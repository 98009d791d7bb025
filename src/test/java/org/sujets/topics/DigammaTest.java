package org.sujets.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigammaTest {
  private static final double EULER = 0.5772156649015329;

  /** Closed forms (Abramowitz and Stegun 6.3.2–6.3.4 and Gauss's digamma theorem). */
  @ParameterizedTest(name = "ψ({0})")
  @CsvSource({
      "1, -0.5772156649015329",                 // −γ
      "0.5, -1.9635100260214235",               // −γ − 2 ln 2
      "0.25, -4.227453533376265",               // −γ − π/2 − 3 ln 2
      "0.3333333333333333, -3.1320337800208065", // −γ − π/(2√3) − (3/2) ln 3
      "2, 0.42278433509846713",                 // 1 − γ
      "4, 1.2561176684318003",                  // 1 + 1/2 + 1/3 − γ
      "10, 2.251752589066721",                  // H₉ − γ
      "100, 4.600161852738088"})                // H₉₉ − γ
  void closedForms(double x, double expected) {
    assertEquals(expected, Digamma.of(x), 2e-14 * Math.max(1, Math.abs(expected)));
  }

  @Test
  void recurrenceHoldsOverLdaValues() {
    // ψ(x + 1) − ψ(x) = 1/x across the switch at 10 and far beyond, 0.0025 … 22,000.
    Random random = new Random(7);
    for (int i = 0; i < 100_000; i++) {
      double x = Math.exp(random.nextDouble() * 16 - 6);
      assertEquals(1 / x, Digamma.of(x + 1) - Digamma.of(x), 1e-12 * Math.max(1, 1 / x), "x = " + x);
    }
  }

  @Test
  void smallArgumentsUseTheSeriesAtZero() {
    assertEquals(-EULER - 1e8, Digamma.of(1e-8), 1e-6);
    assertEquals(-EULER - 1e5, Digamma.of(1e-5), 1e-3);
  }

  @Test
  void withinCommonsMathsKnownErrorOfItsValues() {
    // commons-math (Spark's digamma) sums its series at 49 with the 1/(120 x⁴) term's sign
    // flipped, an error of 2/(120 · 49⁴) ≈ 2.9e-9 carried down the recurrence: that, not more.
    Random random = new Random(8);
    for (int i = 0; i < 100_000; i++) {
      double x = Math.exp(random.nextDouble() * 16 - 6);
      assertEquals(Gamma.digamma(x), Digamma.of(x), 3e-9, "x = " + x);
    }
  }
}
