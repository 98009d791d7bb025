package org.sujets.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.trim;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * How well the articles' dominant topics agree with a label the publisher gave them (the website
 * section): normalised mutual information, NMI = 2·I(U;V) / (H(U) + H(V)) — the arithmetic-mean
 * normalisation, scikit-learn's default for {@code normalized_mutual_info_score}. 1 when the
 * topics reproduce the sections exactly (up to renaming), 0 when they are independent of them.
 * Topics finer than sections (several topics per section) lower it without being wrong.
 */
public final class SectionAgreement {
  private SectionAgreement() {}

  /**
   * @param nmi normalised mutual information in [0, 1]
   * @param sections distinct non-blank section values among the counted articles
   * @param articles articles counted: with a dominant topic and a non-blank section
   */
  public record Result(double nmi, int sections, long articles) {
    /** run.json's figures: sectionNmi, its normalisation, sections and articles counted. */
    public Map<String, Object> figures() {
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("sectionNmi", Math.round(nmi * 1e6) / 1e6);
      figures.put("sectionNmiMeasure",
          "NMI of dominant topic vs section, 2·I/(H(topic)+H(section)) (arithmetic mean, sklearn's default)");
      figures.put("sectionNmiSections", sections);
      figures.put("sectionNmiArticles", articles);
      return figures;
    }

    /** For the progress line, e.g. "section NMI 0.412 (5 sections)". */
    public String summary() {
      return String.format(Locale.ROOT, "section NMI %.3f (%d sections)", nmi, sections);
    }
  }

  /**
   * NMI between {@code dominantCol} and {@code sectionCol} over the articles that have both.
   * Spark counts the (topic, section) pairs; WARNING: collects those counts, at most k × sections
   * rows, to the driver.
   *
   * @return empty when no article has both a dominant topic and a non-blank section
   */
  public static Optional<Result> measure(Dataset<Row> assigned, String dominantCol, String sectionCol) {
    List<Row> pairs = assigned
        .filter(col(dominantCol).isNotNull().and(col(sectionCol).isNotNull())
            .and(trim(col(sectionCol)).notEqual("")))
        .groupBy(col(dominantCol).cast("string"), trim(col(sectionCol)))
        .count()
        .collectAsList();
    if (pairs.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Integer> topics = new HashMap<>();
    Map<String, Integer> sections = new HashMap<>();
    for (Row row : pairs) {
      topics.putIfAbsent(row.getString(0), topics.size());
      sections.putIfAbsent(row.getString(1), sections.size());
    }
    long[][] table = new long[topics.size()][sections.size()];
    long articles = 0;
    for (Row row : pairs) {
      table[topics.get(row.getString(0))][sections.get(row.getString(1))] = row.getLong(2);
      articles += row.getLong(2);
    }
    return Optional.of(new Result(nmi(table), sections.size(), articles));
  }

  /**
   * NMI of a contingency table (rows: one labelling, columns: the other; cells: counts), natural
   * logarithms. As scikit-learn: 1 when both labellings have a single class, 0 when the mutual
   * information is 0 (including when only one of them has a single class).
   */
  public static double nmi(long[][] table) {
    int rows = table.length;
    int cols = rows == 0 ? 0 : table[0].length;
    double[] rowSums = new double[rows];
    double[] colSums = new double[cols];
    double total = 0;
    for (int i = 0; i < rows; i++) {
      if (table[i].length != cols) {
        throw new IllegalArgumentException("contingency table rows must have equal length");
      }
      for (int j = 0; j < cols; j++) {
        if (table[i][j] < 0) {
          throw new IllegalArgumentException("contingency counts must be ≥ 0, got " + table[i][j]);
        }
        rowSums[i] += table[i][j];
        colSums[j] += table[i][j];
        total += table[i][j];
      }
    }
    if (total == 0) {
      throw new IllegalArgumentException("contingency table is empty");
    }
    int usedRows = nonZero(rowSums);
    int usedCols = nonZero(colSums);
    if (usedRows == 1 && usedCols == 1) {
      return 1.0;
    }
    double mi = 0;
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        if (table[i][j] > 0) {
          double p = table[i][j] / total;
          mi += p * Math.log(p * total * total / (rowSums[i] * colSums[j]));
        }
      }
    }
    double h = entropy(rowSums, total) + entropy(colSums, total);
    if (mi <= 1e-15 || h <= 0) {
      return 0.0;
    }
    // Rounding can push a perfect agreement a hair above 1.
    return Math.min(1.0, Math.max(0.0, 2 * mi / h));
  }

  private static int nonZero(double[] sums) {
    int n = 0;
    for (double s : sums) {
      if (s > 0) {
        n++;
      }
    }
    return n;
  }

  private static double entropy(double[] sums, double total) {
    double h = 0;
    for (double s : sums) {
      if (s > 0) {
        h -= s / total * Math.log(s / total);
      }
    }
    return h;
  }
}
