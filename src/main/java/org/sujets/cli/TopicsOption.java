package org.sujets.cli;

import java.util.Locale;
import org.sujets.config.TopicSweep;
import picocli.CommandLine.Option;

/**
 * {@code --topics}: for {@code run} one k, omitted (the size rule) or {@code auto[:LIST]} (a
 * sweep before the fit); for {@code tune} the values to compare.
 */
public final class TopicsOption {
  @Option(names = {"-k", "--topics"}, paramLabel = "K|auto[:LIST]",
      description = "Number of topics, 2–1000. Omitted: articles/10 clamped to 2–20 (quick)."
          + " auto: fit k = 5,10,20,40 (values above articles/2 dropped; 2..articles/2 for tiny"
          + " corpora) as tune does, keep the k with the highest coherence × diversity and write"
          + " tune.json/png/svg with the run; auto:5,10,15 sweeps those values."
          + " For tune: a comma-separated list, default 5,10,20,40.")
  String topics;

  /**
   * The k a run fits: the one given, or null (omitted: the size rule; auto: the sweep's choice).
   *
   * @throws IllegalArgumentException for a value that is neither a whole number nor auto[:LIST]
   */
  Integer runK() {
    return topics == null || isAuto(topics) ? null : parseK(topics);
  }

  /** The k values a run sweeps: none unless --topics is auto (5,10,20,40) or auto:LIST. */
  TopicSweep runSweep() {
    if (topics == null || !isAuto(topics)) {
      return TopicSweep.none();
    }
    String value = topics.trim();
    int colon = value.indexOf(':');
    return colon < 0 ? TopicSweep.defaults() : TopicSweep.parse(value.substring(colon + 1));
  }

  /** The k values tune compares: a list (also written auto or auto:LIST, as for run), in the order given. */
  TopicSweep tuneSweep() {
    String value = topics == null ? "auto" : topics.trim();
    if (value.toLowerCase(Locale.ROOT).startsWith("auto:")) {
      value = value.substring("auto:".length());
    }
    return "auto".equalsIgnoreCase(value) ? TopicSweep.defaults() : TopicSweep.parse(value);
  }

  private static boolean isAuto(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    return v.equals("auto") || v.startsWith("auto:");
  }

  private static Integer parseK(String value) {
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--topics must be a whole number, auto or auto:5,10,20, got '" + value + "'");
    }
  }
}
