package org.sujets.features;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Candidate spellings of one name among the vocabulary's readable words: transliterations such as
 * {@code vostochny} / {@code vostotchny} or {@code lituanie} / {@code lithuanie}. Two words are
 * candidates when both are single words of at least {@code minLength} letters at edit distance 1
 * (one letter inserted, deleted or replaced; or two neighbours swapped) <em>inside</em> the word:
 * at least two letters from its start and three from its end. Transliterations differ inside
 * ({@code abdallah} / {@code abdullah}); French inflections and prefixes differ at the ends
 * ({@code abandonnait} / {@code abandonnant}, {@code abattre} / {@code battre}). The caller keeps the
 * pairs that are rarely written in the same article, which is what separates two spellings of
 * one name from two different words ({@code élection} / {@code sélection} share articles).
 *
 * <p>Found through deletion keys (each word and its one-letter deletions): words that share a key
 * are within distance 2, then checked exactly — linear in the vocabulary, no all-pairs scan.
 */
public final class SpellingVariants {
  /** Two vocabulary indices, {@code first < second}. */
  public record Pair(int first, int second) {}

  private SpellingVariants() {}

  /**
   * @param words readable vocabulary words (phrases, which contain a space, are skipped)
   * @param minLength shortest word considered (short words collide by chance: {@code rue/roue})
   */
  public static List<Pair> candidates(String[] words, int minLength) {
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      if (word.length() < minLength || word.indexOf(' ') >= 0) {
        continue;
      }
      for (String key : deletionKeys(word)) {
        byKey.computeIfAbsent(key, x -> new ArrayList<>()).add(w);
      }
    }
    Set<Pair> pairs = new LinkedHashSet<>();
    for (List<Integer> group : byKey.values()) {
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          int a = Math.min(group.get(i), group.get(j));
          int b = Math.max(group.get(i), group.get(j));
          if (a != b && interiorEdit(words[a], words[b])) {
            pairs.add(new Pair(a, b));
          }
        }
      }
    }
    List<Pair> sorted = new ArrayList<>(pairs);
    sorted.sort((x, y) -> x.first() != y.first() ? Integer.compare(x.first(), y.first())
        : Integer.compare(x.second(), y.second()));
    return sorted;
  }

  /** The word and each of its one-letter deletions. */
  static Set<String> deletionKeys(String word) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(word);
    for (int i = 0; i < word.length(); i++) {
      keys.add(word.substring(0, i) + word.substring(i + 1));
    }
    return keys;
  }

  /** True when the one edit between {@code a} and {@code b} lies inside the words (see above). */
  static boolean interiorEdit(String a, String b) {
    if (!withinOneEdit(a, b)) {
      return false;
    }
    int prefix = 0;
    while (prefix < Math.min(a.length(), b.length()) && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    int longer = Math.max(a.length(), b.length());
    return prefix >= 2 && prefix <= longer - 4;
  }

  /** True when {@code a} and {@code b} differ by one insertion, deletion, replacement or swap. */
  static boolean withinOneEdit(String a, String b) {
    if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    if (a.length() > b.length()) {
      return withinOneEdit(b, a);
    }
    int prefix = 0;
    while (prefix < a.length() && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    if (a.length() < b.length()) {
      return a.substring(prefix).equals(b.substring(prefix + 1));
    }
    if (a.substring(prefix + 1).equals(b.substring(prefix + 1))) {
      return true; // one replacement
    }
    return prefix + 1 < a.length()
        && a.charAt(prefix) == b.charAt(prefix + 1)
        && a.charAt(prefix + 1) == b.charAt(prefix)
        && a.substring(prefix + 2).equals(b.substring(prefix + 2));
  }
}
