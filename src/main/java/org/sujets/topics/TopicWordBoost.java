package org.sujets.topics;

/**
 * An asymmetric topic–word prior stored sparsely: the symmetric η everywhere, plus {@code extra}
 * on a few (topic, word) cells. Guided topics need η larger on their seed words only; a dense k ×
 * vocabulary prior would be a second λ-sized array on the driver for a handful of cells.
 *
 * @param topic the topic of each boosted cell
 * @param word the vocabulary index of each boosted cell
 * @param extra what each cell adds to η (> 0)
 */
record TopicWordBoost(int[] topic, int[] word, double[] extra) {
  TopicWordBoost {
    if (topic.length != word.length || word.length != extra.length) {
      throw new IllegalArgumentException("a boost needs one topic, word and amount per cell");
    }
  }

  /** No boost: the symmetric prior. */
  static TopicWordBoost none() {
    return new TopicWordBoost(new int[0], new int[0], new double[0]);
  }

  int cells() {
    return topic.length;
  }

  /** Adds {@code scale} × each cell's extra to a word-major k-topic array (λ, or its start). */
  void addTo(double[] wordMajor, int k, double scale) {
    for (int c = 0; c < topic.length; c++) {
      wordMajor[word[c] * k + topic[c]] += scale * extra[c];
    }
  }
}
