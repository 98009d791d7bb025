package org.sujets.bench;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sujets.topics.Coherence;
import org.tartarus.snowball.ext.FrenchStemmer;

/**
 * NPMI of topics' shown words over raw articles (the peer benchmark's scorer, the same for every
 * system): document co-occurrence, {@link Coherence#npmi} for each pair of a topic's words (−1
 * for a pair never seen together), a topic's score the mean over its pairs. A shown word is
 * tokenised like the articles ({@link RawWords}); a phrase such as {@code emmanuel macron} counts
 * in an article that holds all its words, wherever they are.
 *
 * <p>{@link Matching#STEMS} matches every word by its Snowball French stem on both sides, so
 * {@code président} is found in an article that says {@code présidente}; a pair whose two words
 * have the same stems is left out, so a system that shows one surface form per stem is not
 * scored below one that shows two forms of a word. Not thread-safe (one stemmer, one pass).
 */
final class RawNpmi {
  enum Matching { EXACT, STEMS }

  private final Matching matching;
  private final FrenchStemmer stemmer = new FrenchStemmer();
  private final Map<String, String> stems = new HashMap<>();
  /** Shown word → its row in {@link #keys} and {@link #articlesWith}. */
  private final Map<String, Integer> rows = new LinkedHashMap<>();
  /** Per shown word, the keys (words or stems) an article must hold to count. */
  private final List<List<String>> keys = new ArrayList<>();
  private final List<BitSet> articlesWith = new ArrayList<>();
  private int articles;

  RawNpmi(Matching matching, Collection<String> shownWords) {
    this.matching = matching;
    for (String word : shownWords) {
      if (!rows.containsKey(word)) {
        rows.put(word, keys.size());
        keys.add(keysOf(RawWords.of(word)));
        articlesWith.add(new BitSet());
      }
    }
  }

  /** Counts one article (its title and text). */
  void add(String article) {
    Set<String> present = new HashSet<>(keysOf(RawWords.of(article)));
    for (int row = 0; row < keys.size(); row++) {
      if (!keys.get(row).isEmpty() && present.containsAll(keys.get(row))) {
        articlesWith.get(row).set(articles);
      }
    }
    articles++;
  }

  int articles() {
    return articles;
  }

  /** Mean NPMI over the topics (each a list of shown words, most probable first). */
  double mean(List<List<String>> topics) {
    return Coherence.mean(topics.stream().mapToDouble(this::topic).toArray());
  }

  /** A topic's NPMI: the mean over its pairs of words (0 when no pair is scored). */
  double topic(List<String> words) {
    double sum = 0;
    int pairs = 0;
    for (int i = 0; i < words.size(); i++) {
      for (int j = i + 1; j < words.size(); j++) {
        int a = row(words.get(i));
        int b = row(words.get(j));
        if (matching == Matching.STEMS && keys.get(a).equals(keys.get(b))) {
          continue;
        }
        BitSet both = (BitSet) articlesWith.get(a).clone();
        both.and(articlesWith.get(b));
        sum += Coherence.npmi(articlesWith.get(a).cardinality(), articlesWith.get(b).cardinality(),
            both.cardinality(), articles);
        pairs++;
      }
    }
    return pairs == 0 ? 0 : sum / pairs;
  }

  private int row(String word) {
    Integer row = rows.get(word);
    if (row == null) {
      throw new IllegalArgumentException("not among the shown words given at construction: " + word);
    }
    return row;
  }

  private List<String> keysOf(List<String> words) {
    if (matching == Matching.EXACT) {
      return words;
    }
    List<String> keyed = new ArrayList<>(words.size());
    for (String word : words) {
      keyed.add(stems.computeIfAbsent(word, this::stem));
    }
    return keyed;
  }

  private String stem(String word) {
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }
}
