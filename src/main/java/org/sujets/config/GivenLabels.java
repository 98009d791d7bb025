package org.sujets.config;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Topic names given by people ({@code --labels FILE}, {@code sujets label}), each remembered with
 * the line it came from so that a name that does not fit the run can be reported where it is.
 *
 * <p>The file format: UTF-8 text, one {@code ID: NAME} a line ({@code 3: Réforme des retraites});
 * blank lines and lines starting with {@code #} are ignored; the name may be wrapped in double
 * quotes. A name is trimmed, Unicode-NFC normalised, at most {@value #MAX_LENGTH} characters,
 * without control characters; each id at most once.
 *
 * @param origin the file the labels were read from, for messages and run.json; null when none
 * @param entries the labels in file order
 */
public record GivenLabels(String origin, List<Entry> entries) {
  /** The longest name: charts shorten long names, and a name is a title, not a description. */
  public static final int MAX_LENGTH = 100;

  private static final Pattern LINE = Pattern.compile("(\\d{1,9})\\s*:(.*)");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]");

  /** One label: topic {@code id} is called {@code name}; {@code line} is 1-based, 0 when typed. */
  public record Entry(int id, String name, int line) {}

  public GivenLabels {
    entries = List.copyOf(entries);
  }

  /** No label given: every topic is named by its words. */
  public static GivenLabels none() {
    return new GivenLabels(null, List.of());
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * Parses a labels file's text.
   *
   * @param origin the file, as the user gave it (named in every message)
   * @throws IllegalArgumentException on the first bad line: {@code FILE, line N: problem}
   */
  public static GivenLabels parse(String origin, String text) {
    List<Entry> entries = new ArrayList<>();
    Map<Integer, Integer> lineOfId = new TreeMap<>();
    List<String> lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      int number = i + 1;
      String content = lines.get(i).strip();
      if (content.isEmpty() || content.startsWith("#")) {
        continue;
      }
      Matcher m = LINE.matcher(content);
      if (!m.matches()) {
        throw new IllegalArgumentException(where(origin, number)
            + "expected ID: NAME (e.g. 3: Réforme des retraites), got '" + shorten(content) + "'");
      }
      int id = Integer.parseInt(m.group(1));
      if (id < 1) {
        throw new IllegalArgumentException(where(origin, number) + "topic ids start at 1, got " + id);
      }
      Integer earlier = lineOfId.putIfAbsent(id, number);
      if (earlier != null) {
        throw new IllegalArgumentException(where(origin, number) + "topic " + id + " is already named on line "
            + earlier);
      }
      try {
        entries.add(new Entry(id, name(m.group(2)), number));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where(origin, number) + "topic " + id + ": " + e.getMessage());
      }
    }
    return new GivenLabels(origin, entries);
  }

  /**
   * A topic name as typed: trimmed, surrounding double quotes removed, NFC-normalised.
   *
   * @throws IllegalArgumentException when it is empty, too long or holds a control character
   */
  public static String name(String typed) {
    String name = typed.strip();
    if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
      name = name.substring(1, name.length() - 1).strip();
    }
    name = Normalizer.normalize(name, Normalizer.Form.NFC);
    if (name.isEmpty()) {
      throw new IllegalArgumentException("the name is empty");
    }
    if (CONTROL.matcher(name).find()) {
      throw new IllegalArgumentException("the name holds a control character");
    }
    if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
      throw new IllegalArgumentException("the name is longer than " + MAX_LENGTH + " characters");
    }
    return name;
  }

  /**
   * Refuses a label for a topic the run does not have.
   *
   * @param k the number of topics (ids 1..k)
   * @throws IllegalArgumentException naming the file, the line, the id and the range
   */
  public void checkTopics(int k) {
    for (Entry e : entries) {
      if (e.id() > k) {
        throw new IllegalArgumentException(where(origin, e.line()) + "topic " + e.id() + " does not exist: the topics"
            + " are 1.." + k);
      }
    }
  }

  /** The names by topic id, in id order. */
  public Map<Integer, String> byId() {
    Map<Integer, String> names = new TreeMap<>();
    entries.forEach(e -> names.put(e.id(), e.name()));
    return names;
  }

  private static String where(String origin, int line) {
    return (origin == null ? "" : origin + ", ") + (line > 0 ? "line " + line + ": " : "");
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 59) + "…";
  }
}
