package org.sujets.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of topics compared before a run fits its model ({@code run --topics auto}) or by
 * {@code tune}. An empty sweep means the run takes its k from {@code --topics} or the size rule.
 *
 * @param ks the values asked, each 2 to 1,000, distinct, in the order given. Default (auto):
 *     5, 10, 20, 40.
 * @param isDefault the default list, which {@link #fitting(long)} bounds to the corpus; a list the
 *     user gave is taken as asked
 */
public record TopicSweep(List<Integer> ks, boolean isDefault) {
  public static final List<Integer> DEFAULT_KS = List.of(5, 10, 20, 40);

  public TopicSweep {
    ks = List.copyOf(ks);
    for (int k : ks) {
      if (k < 2 || k > 1_000) {
        throw new IllegalArgumentException("--topics values must be between 2 and 1000, got " + k);
      }
    }
    if (ks.size() != ks.stream().distinct().count()) {
      throw new IllegalArgumentException("--topics repeats a value: " + ks);
    }
  }

  /** No sweep: the run's k is given or chosen by the size rule. */
  public static TopicSweep none() {
    return new TopicSweep(List.of(), false);
  }

  /** 5, 10, 20, 40, bounded by the corpus size. */
  public static TopicSweep defaults() {
    return new TopicSweep(DEFAULT_KS, true);
  }

  /** Exactly these values (an explicit list). */
  public static TopicSweep of(List<Integer> ks) {
    return new TopicSweep(ks, false);
  }

  /**
   * A comma-separated list such as {@code 5,10,15}; repeated values are dropped.
   *
   * @throws IllegalArgumentException naming the bad value and the expected form
   */
  public static TopicSweep parse(String list) {
    List<Integer> ks = new ArrayList<>();
    for (String part : list.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      int k;
      try {
        k = Integer.parseInt(part.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "--topics lists whole numbers separated by commas, e.g. 5,10,20; got '" + part.trim() + "'");
      }
      if (!ks.contains(k)) {
        ks.add(k);
      }
    }
    if (ks.isEmpty()) {
      throw new IllegalArgumentException("--topics needs at least one k, e.g. 5,10,20,40");
    }
    return of(ks);
  }

  /** Whether a sweep was asked. */
  public boolean asked() {
    return !ks.isEmpty();
  }

  /**
   * The values to fit on {@code articles} articles. The default list keeps the values up to one
   * topic per two articles (a topic should be shared by articles), and when fewer than two of
   * them are left (under about 20 articles) sweeps every k from 2 to that bound instead: a
   * 5-article corpus gets k = 2 only. A list the user gave is kept whole.
   *
   * @throws IllegalArgumentException when a value of a given list exceeds {@code articles}
   */
  public List<Integer> fitting(long articles) {
    if (!isDefault) {
      for (int k : ks) {
        if (k > articles) {
          throw new IllegalArgumentException("--topics " + k + " is more than the " + articles
              + " articles fitted in the sweep; ask for at most " + Math.max(2, articles) + " topics");
        }
      }
      return ks;
    }
    long bound = Math.max(2, articles / 2);
    List<Integer> kept = ks.stream().filter(k -> k <= bound).toList();
    if (kept.size() >= 2) {
      return kept;
    }
    List<Integer> small = new ArrayList<>();
    for (int k = 2; k <= bound; k++) {
      small.add(k);
    }
    return small;
  }
}
