package org.sujets.features;

/** The columns the text stages read and write, by their default names. */
public final class TextColumns {
  /** Terms (stems) of an article, array&lt;string&gt;. */
  public static final String TERMS = "terms";
  /** Surface forms parallel to {@link #TERMS}. */
  public static final String SURFACES = "surfaces";
  /** Text between each token and the previous one, for the phrase stage (array&lt;string&gt;). */
  public static final String GAPS = "gaps";
  /** Term counts over the vocabulary, the input of LDA. */
  public static final String TF = "tf";
  /** Raw TF-IDF weights. */
  public static final String TFIDF_RAW = "tfidf_raw";
  /** TF-IDF weights scaled to unit L2 norm per article, so articles of any length compare. */
  public static final String TFIDF = "tfidf";

  private TextColumns() {}
}
