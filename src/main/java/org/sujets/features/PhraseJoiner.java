package org.sujets.features;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sujets.analysis.TypographicChars;

/**
 * Rewrites one article's token sequence, joining known phrases into single units, greedily from
 * the left, longest phrase first. Two tokens may be joined only when the gap between them (see
 * {@link org.sujets.analysis.TokenGaps}) holds nothing but spaces, hyphens and at most {@link
 * #MAX_CONNECTORS} connector words, so {@code Corée du Nord}, {@code Corée-du-Nord} and {@code
 * corée du nord} give the same unit while {@code Corée, du Nord} does not.
 *
 * <p>A unit's term is its tokens' terms joined with the connector words ({@code coré du nord});
 * its surface the same with the surface words ({@code corée du nord}), so the surface-form mapping
 * covers phrases like single words. Plain Java, serializable, shipped inside Spark closures.
 */
public final class PhraseJoiner implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Most connector words between two joined tokens ({@code ministre de la défense}). */
  public static final int MAX_CONNECTORS = 2;

  private final Set<String> phrases;
  private final Set<String> connectors;
  private final int maxLength;
  /** Characters of the longest connector word. */
  private final int longestConnector;

  /**
   * @param phrases unit terms to join, as built by {@link #join}
   * @param connectors lowercase connector words allowed inside a phrase ({@code de}, {@code l'})
   * @param maxLength most tokens in a phrase, ≥ 2
   */
  public PhraseJoiner(Set<String> phrases, Set<String> connectors, int maxLength) {
    this.phrases = Set.copyOf(phrases);
    this.connectors = Set.copyOf(connectors);
    this.maxLength = maxLength;
    this.longestConnector = connectors.stream().mapToInt(String::length).max().orElse(0);
  }

  /** A token sequence: parallel terms, surfaces, gaps before each unit, and tokens per unit. */
  public record Units(List<String> terms, List<String> surfaces, List<String> gaps, List<Integer> lengths) {}

  /**
   * The connector words of a gap joined by one space ("" for none), or null when the gap does
   * not allow joining.
   */
  public String connectorsOf(String gap) {
    if (gap == null) {
      return null;
    }
    // Most gaps are empty (words one space apart) or one word: no regular expression for them.
    if (gap.isEmpty()) {
      return "";
    }
    if (!hasWordBreak(gap)) {
      return connectors.contains(gap) ? gap : null;
    }
    return splitConnectors(gap);
  }

  /**
   * {@link #connectorsOf} for a gap with word breaks: its words as splitting on runs of white
   * space and hyphens gives them, looked up one by one. Scanned by hand, not with a regular
   * expression: connectorsOf runs for every gap up to maxLength − 1 times per round, and the split,
   * with a substring and a set lookup for each word, took 15% of the phrase stage's executor CPU
   * samples on OrangeSum. A word longer than every connector is refused without a substring.
   */
  private String splitConnectors(String gap) {
    StringBuilder words = new StringBuilder();
    int count = 0;
    int n = gap.length();
    for (int start = 0; start < n; ) {
      if (isWordBreak(gap.charAt(start))) {
        start++;
        continue;
      }
      int end = start;
      while (end < n && !isWordBreak(gap.charAt(end))) {
        end++;
      }
      if (end - start > longestConnector || ++count > MAX_CONNECTORS) {
        return null;
      }
      String word = gap.substring(start, end);
      if (!connectors.contains(word)) {
        return null;
      }
      words.append(words.length() == 0 ? "" : " ").append(word);
      start = end;
    }
    return words.toString();
  }

  /** True when {@code gap} has a word break somewhere: white space or a hyphen. */
  private static boolean hasWordBreak(String gap) {
    for (int i = 0; i < gap.length(); i++) {
      if (isWordBreak(gap.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** What {@code [\s\-]} matches in a regular expression: ASCII white space or a hyphen. */
  private static boolean isWordBreak(char c) {
    return c == '-' || TypographicChars.isRegexSpace(c);
  }

  /** The term (or surface) of two units joined across the given connectors. */
  public static String join(String left, String connectorWords, String right) {
    if (connectorWords.isEmpty()) {
      return left + " " + right;
    }
    // an elided connector sticks to the next word: "ministre de l'intérieur"
    String glue = connectorWords.endsWith("'") ? "" : " ";
    return left + " " + connectorWords + glue + right;
  }

  /** Joins the known phrases of a token sequence (gaps may be null: nothing is joined). */
  public Units apply(String[] terms, String[] surfaces, String[] gaps) {
    int n = terms.length;
    List<String> outTerms = new ArrayList<>(n);
    List<String> outSurfaces = new ArrayList<>(n);
    List<String> outGaps = new ArrayList<>(n);
    List<Integer> lengths = new ArrayList<>(n);
    int i = 0;
    while (i < n) {
      int taken = 1;
      String term = terms[i];
      String surface = surfaces[i];
      if (gaps != null && !phrases.isEmpty()) {
        String t = terms[i];
        String s = surfaces[i];
        for (int j = i + 1; j < n && j - i < maxLength; j++) {
          String c = connectorsOf(gaps[j]);
          if (c == null) {
            break;
          }
          t = join(t, c, terms[j]);
          // the readable form keeps a bare hyphen (nord-coréen); the term does not (Jong-un = Jong Un)
          s = "-".equals(gaps[j]) ? s + "-" + surfaces[j] : join(s, c, surfaces[j]);
          if (phrases.contains(t)) {
            term = t;
            surface = s;
            taken = j - i + 1;
          }
        }
      }
      outTerms.add(term);
      outSurfaces.add(surface);
      outGaps.add(gaps == null ? null : gaps[i]);
      lengths.add(taken);
      i += taken;
    }
    return new Units(outTerms, outSurfaces, outGaps, lengths);
  }
}
