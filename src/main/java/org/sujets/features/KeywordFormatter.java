package org.sujets.features;

import java.util.Locale;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.api.java.UDF1;

/**
 * Formats an article's top TF-IDF keywords as {@code "satellites (0.412); cosmodrome (0.301)"}:
 * readable words with their L2-normalised TF-IDF weight, best first.
 */
public final class KeywordFormatter implements UDF1<Vector, String> {
  private static final long serialVersionUID = 1L;

  private final Broadcast<String[]> readable;
  private final int n;

  /** @param readable readable word of each vocabulary index, broadcast once to the executors */
  public KeywordFormatter(Broadcast<String[]> readable, int n) {
    this.readable = readable;
    this.n = n;
  }

  @Override
  public String call(Vector tfidf) {
    if (tfidf == null) {
      return "";
    }
    String[] words = readable.value();
    StringBuilder out = new StringBuilder();
    for (Keywords.Entry e : Keywords.top(tfidf, n)) {
      if (out.length() > 0) {
        out.append("; ");
      }
      out.append(words[e.index()]).append(" (").append(String.format(Locale.ROOT, "%.3f", e.weight())).append(')');
    }
    return out.toString();
  }
}
