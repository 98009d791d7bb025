package org.sujets;

import java.util.Random;

/**
 * Random strings for the tests that hold a hand-written loop to the regular expression or rule
 * it replaces. Seeded, so a failure repeats.
 */
public final class RandomText {
  private final Random random;
  private final int[] alphabet;
  private final int maxLength;

  /**
   * @param alphabet drawn by code point, so that a surrogate pair (𐐀) comes whole
   * @param maxLength strings have 0 to maxLength - 1 code points
   */
  public RandomText(long seed, String alphabet, int maxLength) {
    this.random = new Random(seed);
    this.alphabet = alphabet.codePoints().toArray();
    this.maxLength = maxLength;
  }

  public String next() {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(maxLength); i > 0; i--) {
      text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
    }
    return text.toString();
  }
}
