package org.sujets.report;

/**
 * What a run read and kept.
 *
 * @param filesRead input files that were read
 * @param recordsRead records read from them (one per .txt file, one per line/row otherwise)
 * @param recordsSkipped records dropped as unreadable (counted, listed in run.json)
 * @param emptyArticles records whose text was empty or whitespace only (skipped)
 * @param redecoded .txt files that were not valid UTF-8 and were decoded as windows-1252
 * @param articles articles analysed
 * @param tokens tokens kept after analysis, over all articles
 * @param vocabularySize terms kept in the vocabulary
 * @param duplicateIds articles whose id an earlier article already had; renamed {@code id#2}...
 */
public record RunCounts(
    long filesRead,
    long recordsRead,
    long recordsSkipped,
    long emptyArticles,
    long redecoded,
    long articles,
    long tokens,
    long vocabularySize,
    long duplicateIds) {

  /** Counts of a run without duplicate ids. */
  public RunCounts(long filesRead, long recordsRead, long recordsSkipped, long emptyArticles,
      long redecoded, long articles, long tokens, long vocabularySize) {
    this(filesRead, recordsRead, recordsSkipped, emptyArticles, redecoded, articles, tokens,
        vocabularySize, 0);
  }
}
