package org.sujets.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sujets.features.SpellingVariants;
import org.sujets.topics.Coherence;

/**
 * run.json's "spellingVariants": vocabulary words one letter apart ({@link SpellingVariants}) that
 * are never written in the same article — two spellings of one name by different writers, such as
 * {@code vostochny} / {@code vostotchny}. Reported, not merged: rare pairs like {@code autriche} /
 * {@code autruche} pass the same test, so the reader decides.
 */
final class SpellingVariantReport {
  /** Shortest word considered: shorter words are one letter apart by chance. */
  static final int MIN_LENGTH = 6;
  /** Most candidate pairs scored (each costs two counters in one Spark pass). */
  static final int MAX_SCORED = 5_000;
  /** Pairs listed in run.json. */
  static final int LISTED = 30;

  private SpellingVariantReport() {}

  /**
   * @param tf the modelled articles, term counts in {@code countsCol}
   * @param readable readable word of each vocabulary index
   */
  static Map<String, Object> of(Dataset<Row> tf, String countsCol, String[] readable) {
    List<SpellingVariants.Pair> candidates = SpellingVariants.candidates(readable, MIN_LENGTH);
    if (candidates.size() > MAX_SCORED) {
      candidates = candidates.subList(0, MAX_SCORED);
    }
    List<List<String>> variants = new ArrayList<>();
    if (!candidates.isEmpty()) {
      int[][] pairs = candidates.stream().map(p -> new int[] {p.first(), p.second()}).toArray(int[][]::new);
      double[] npmi = Coherence.npmi(tf, countsCol, pairs);
      for (int i = 0; i < pairs.length && variants.size() < LISTED; i++) {
        if (npmi[i] == -1) { // Coherence's score for a pair never seen together
          variants.add(List.of(readable[pairs[i][0]], readable[pairs[i][1]]));
        }
      }
    }
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("candidatesScored", candidates.size());
    report.put("listed", variants);
    report.put("rule", "single words of ≥ " + MIN_LENGTH + " letters one edit apart inside the word"
        + " (not at its first two or last three letters), never in the same article; reported, not merged");
    return report;
  }
}
