package org.sujets.topics;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.sqrt;

import org.apache.spark.sql.Column;

/**
 * How much more a word belongs to a topic in one period (a month, a source) than to the topic
 * overall: the weighted log-odds ratio with an informative Dirichlet prior of Monroe, Colaresi and
 * Quinn (2008, "Fightin' Words"), in the form of Silge and Schnoebelen's tidylo, where the prior is
 * the topic's own counts over every period. For a word w of topic t in period p, with
 * y = w's count in (t, p), n = all words' count in (t, p), a = w's count in t, A = all words'
 * count in t (counts weighted by each article's share of t):
 *
 * <pre>
 *   δ = log((y + a) / (n + A − y − a)) − log(a / (A − a))
 *   z = δ / √(1 / (y + a) + 1 / a)
 * </pre>
 *
 * Why this rather than LDAvis relevance: relevance's λ·log p(w|t,p) term keeps the topic's
 * everyday words (covid, épidémie) on top of every month, which hides what changed; a plain ratio
 * p(w|t,p) / p(w|t) puts a word seen twice in a small month first. The log-odds are 0 for a word
 * as frequent in the period as in the topic overall, and dividing by their standard error weighs
 * the evidence: a frequent word a little over-represented and a rarer word only used that month
 * both rank high, a one-off does not. The prior being the topic itself, there is no parameter.
 */
public final class WeightedLogOdds {
  private WeightedLogOdds() {}

  /**
   * The z-score; NaN when a = 0 or a = A (a word absent from the topic, or the topic's only word:
   * nothing to compare).
   */
  public static double z(double y, double n, double a, double total) {
    if (a <= 0 || a >= total) {
      return Double.NaN;
    }
    double delta = Math.log((y + a) / (n + total - y - a)) - Math.log(a / (total - a));
    return delta / Math.sqrt(1 / (y + a) + 1 / a);
  }

  /** The same z-score as a Spark column; the caller keeps rows with 0 &lt; a &lt; A only. */
  public static Column z(Column y, Column n, Column a, Column total) {
    Column delta = log(y.plus(a).divide(n.plus(total).minus(y).minus(a))).minus(log(a.divide(total.minus(a))));
    return delta.divide(sqrt(lit(1.0).divide(y.plus(a)).plus(lit(1.0).divide(a))));
  }
}
