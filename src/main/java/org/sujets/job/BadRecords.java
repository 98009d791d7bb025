package org.sujets.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.sujets.config.RecordMode;
import org.sujets.ingest.Corpus;

/**
 * Applies {@link RecordMode} to the records the readers rejected: strict fails on the first one,
 * permissive counts them, keeps the first few as examples for run.json and warns once.
 *
 * @param count how many records were rejected
 * @param examples the first ones (origin, line when known, reason), at most the limit asked
 */
record BadRecords(long count, List<Map<String, String>> examples) {

  /**
   * Looks at {@code corpus.rejected()}: one Spark job when there is none, two otherwise.
   *
   * @throws IllegalArgumentException in strict mode, naming the first bad record and the fix
   */
  static BadRecords inspect(Corpus corpus, RecordMode mode, int limit, JobProgress progress) {
    List<Row> first = corpus.rejected().limit(mode == RecordMode.STRICT ? 1 : limit).collectAsList();
    if (first.isEmpty()) {
      return new BadRecords(0, List.of());
    }
    if (mode == RecordMode.STRICT) {
      throw new IllegalArgumentException(
          where(first.get(0)) + ": " + first.get(0).getAs(Corpus.REJECTED_REASON)
              + " (--mode strict stops at the first bad record; fix it, or use --mode permissive"
              + " to skip and count bad records)");
    }
    List<Map<String, String>> examples = new ArrayList<>();
    for (Row r : first) {
      Map<String, String> e = new LinkedHashMap<>();
      e.put("origin", String.valueOf(r.<Object>getAs(Corpus.REJECTED_ORIGIN)));
      if (!r.isNullAt(r.fieldIndex(Corpus.REJECTED_LINE))) {
        e.put("line", String.valueOf(r.<Object>getAs(Corpus.REJECTED_LINE)));
      }
      e.put("reason", String.valueOf(r.<Object>getAs(Corpus.REJECTED_REASON)));
      examples.add(e);
    }
    long count = corpus.rejected().count();
    progress.warning(
        count + " bad record(s) skipped, the first: " + where(first.get(0)) + ": "
            + first.get(0).getAs(Corpus.REJECTED_REASON)
            + " (listed in run.json; --mode strict makes them fatal)");
    return new BadRecords(count, examples);
  }

  /** "file, line 12" or "file". */
  static String where(Row rejected) {
    String origin = String.valueOf(rejected.<Object>getAs(Corpus.REJECTED_ORIGIN));
    int line = rejected.fieldIndex(Corpus.REJECTED_LINE);
    return rejected.isNullAt(line) ? origin : origin + ", line " + rejected.getLong(line);
  }
}
