package org.sujets.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Guided topics ({@code --seed-words FILE}): each line names a topic and gives the words it is
 * about. The named topics come first (ids 1..n, in file order), carry their name in every output
 * and start from, and are drawn towards, their seed words; the other k − n topics are free.
 *
 * <p>The file format: UTF-8 text, one {@code NAME: WORD WORD …} a line ({@code Épidémie: covid
 * confinement masque}); blank lines and lines starting with {@code #} are ignored. The name follows
 * {@link GivenLabels#name}'s rules (trimmed, NFC, ≤ 100 characters; may be quoted) and is split
 * from the words at the line's last colon. The words are analysed as the run analyses its
 * articles (lower case, elisions, stop words, stemming, learned phrases: "gilets jaunes" is one term
 * when the run learned it); commas or semicolons split them into groups analysed apart, so that
 * words of two groups never join into a phrase.
 * Each name at most once; a name made of digits only is refused (that is a {@code --labels} line).
 *
 * @param origin the file the seed words were read from, for messages and run.json; null when none
 * @param entries the guided topics in file order (topic id = index + 1)
 * @param weight how strongly each seed word draws its topic (see {@link #DEFAULT_WEIGHT})
 */
public record SeedWords(String origin, List<Entry> entries, double weight) {
  /**
   * The default {@code --seed-weight}: each seed word of a guided topic gets a prior pseudo-count
   * of weight × (the corpus's tokens / k), i.e. {@code weight} times the mass of an average topic,
   * added to the symmetric η of that topic and word only. Measured on a synthetic corpus with 20
   * known topics, the 5 rarest seeded with 3 of their 10 top words (topics/GuidedTopicsTest): from
   * 0.002 to 0.01 the 5 guided topics hold 9–10 of their true top 10 words, Jensen–Shannon
   * distance to the truth 0.14–0.20, every seed word in its topic's top 10; at 0.05 and 0.2 the
   * same words but the seed words over-weighted (distance 0.23–0.36, 0.48–0.62); at 1 a guided
   * topic is little more than its seed words (0.80). The guided start does most of the work there;
   * the prior keeps a topic on its seed words when the data pull it elsewhere.
   */
  public static final double DEFAULT_WEIGHT = 0.01;
  /** The largest weight: one average topic's mass per seed word already swamps the data. */
  public static final double MAX_WEIGHT = 1.0;

  private static final Pattern SEPARATORS = Pattern.compile("[,;]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  /**
   * One guided topic: its name, its seed words as typed (one group of words per comma-separated
   * part of the line), its line (1-based, 0 when typed).
   */
  public record Entry(String name, List<String> words, int line) {
    public Entry {
      words = List.copyOf(words);
    }
  }

  public SeedWords {
    entries = List.copyOf(entries);
    if (!(weight > 0 && weight <= MAX_WEIGHT)) {
      throw new IllegalArgumentException("--seed-weight must be in (0, " + MAX_WEIGHT + "], got " + weight);
    }
  }

  /** No guided topic: every topic is free. */
  public static SeedWords none() {
    return new SeedWords(null, List.of(), DEFAULT_WEIGHT);
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** How many topics are guided. */
  public int count() {
    return entries.size();
  }

  /** The same topics with another weight. */
  public SeedWords withWeight(double newWeight) {
    return new SeedWords(origin, entries, newWeight);
  }

  /**
   * Parses a seed-words file's text.
   *
   * @param origin the file, as the user gave it (named in every message)
   * @throws IllegalArgumentException on the first bad line: {@code FILE, line N: problem}
   */
  public static SeedWords parse(String origin, String text, double weight) {
    List<Entry> entries = new ArrayList<>();
    Map<String, Integer> lineOfName = new HashMap<>();
    List<String> lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      int number = i + 1;
      String content = lines.get(i).strip();
      if (content.isEmpty() || content.startsWith("#")) {
        continue;
      }
      int colon = content.lastIndexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException(where(origin, number)
            + "expected NAME: WORDS (e.g. Épidémie: covid confinement masque), got '" + shorten(content) + "'");
      }
      String name;
      try {
        name = GivenLabels.name(content.substring(0, colon));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where(origin, number) + e.getMessage());
      }
      if (DIGITS.matcher(name).matches()) {
        throw new IllegalArgumentException(where(origin, number) + "'" + name + "' is a topic id, not a name:"
            + " a seed-words line is NAME: WORDS (to name topic " + name + " use --labels)");
      }
      List<String> words = words(content.substring(colon + 1));
      if (words.isEmpty()) {
        throw new IllegalArgumentException(where(origin, number) + "topic '" + name + "' has no seed word");
      }
      Integer earlier = lineOfName.putIfAbsent(name, number);
      if (earlier != null) {
        throw new IllegalArgumentException(where(origin, number) + "topic '" + name + "' is already seeded on line "
            + earlier);
      }
      entries.add(new Entry(name, words, number));
    }
    if (entries.isEmpty()) {
      throw new IllegalArgumentException((origin == null ? "" : origin + ": ") + "no NAME: WORDS line");
    }
    return new SeedWords(origin, entries, weight);
  }

  private static List<String> words(String typed) {
    List<String> words = new ArrayList<>();
    for (String group : SEPARATORS.split(typed)) {
      String w = SPACES.matcher(group.strip()).replaceAll(" ");
      if (!w.isEmpty() && !words.contains(w)) {
        words.add(w);
      }
    }
    return words;
  }

  /**
   * Refuses a number of topics smaller than the guided topics: they count toward k.
   *
   * @throws IllegalArgumentException naming the file and both numbers
   */
  public void checkTopics(int k) {
    if (count() > k) {
      throw new IllegalArgumentException(origin + " seeds " + count() + " topics but the run fits " + k
          + ": the guided topics count toward --topics; ask for at least " + count());
    }
  }

  /**
   * Refuses a {@code --labels} name for a guided topic: it has its name already, and two names for
   * one topic would leave one of them silently unused.
   *
   * @throws IllegalArgumentException naming both files and lines
   */
  public void checkApart(GivenLabels labels) {
    for (GivenLabels.Entry label : labels.entries()) {
      if (label.id() <= count()) {
        Entry seeded = entries.get(label.id() - 1);
        throw new IllegalArgumentException(labels.origin() + ", line " + label.line() + ": topic " + label.id()
            + " is the guided topic '" + seeded.name() + "' of " + origin + ", line " + seeded.line()
            + "; rename it there, or label only topics " + (count() + 1) + " and above");
      }
    }
  }

  /** The names by topic id (1..n), in id order. */
  public Map<Integer, String> names() {
    Map<Integer, String> names = new TreeMap<>();
    for (int i = 0; i < entries.size(); i++) {
      names.put(i + 1, entries.get(i).name());
    }
    return names;
  }

  /** {@code FILE, line N: } for a message about one guided topic. */
  public String where(Entry entry) {
    return where(origin, entry.line());
  }

  private static String where(String origin, int line) {
    return (origin == null ? "" : origin + ", ") + (line > 0 ? "line " + line + ": " : "");
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 59) + "…";
  }
}
