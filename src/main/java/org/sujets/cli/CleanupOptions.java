package org.sujets.cli;

import org.sujets.config.CleanupConfig;
import org.sujets.config.DedupConfig;
import org.sujets.features.BoilerplateParams;
import org.sujets.features.NearDuplicateParams;
import org.sujets.features.PhraseParams;
import picocli.CommandLine.Option;

/**
 * How text is cleaned before the vocabulary ({@code run}, {@code tune}, which prepare text alike):
 * boilerplate lines removed, phrases joined, near-duplicates set aside from the LDA fit.
 */
public final class CleanupOptions {
  @Option(names = "--boilerplate", defaultValue = "" + CleanupConfig.DEFAULT_BOILERPLATE, arity = "1",
      paramLabel = "true|false",
      description = "Remove web boilerplate lines (repeated per source, French patterns, reader comments)."
          + " Default: ${DEFAULT-VALUE}.")
  boolean boilerplate;

  @Option(names = "--boilerplate-min-articles", defaultValue = "" + BoilerplateParams.DEFAULT_MIN_ARTICLES,
      description = "A line repeated in at least this many articles of a source is boilerplate, ≥ 2."
          + " Default: ${DEFAULT-VALUE}.")
  int boilerplateMinArticles;

  @Option(names = "--boilerplate-min-share", defaultValue = "" + BoilerplateParams.DEFAULT_MIN_SHARE,
      description = "... and in at least this share of the source's articles, 0–1. Default: ${DEFAULT-VALUE}.")
  double boilerplateMinShare;

  @Option(names = "--phrases", defaultValue = "" + CleanupConfig.DEFAULT_PHRASES, arity = "1",
      paramLabel = "true|false",
      description = "Join French phrases (corée du nord) into single terms. Default: ${DEFAULT-VALUE}.")
  boolean phrases;

  @Option(names = "--phrase-min-count", defaultValue = "" + PhraseParams.DEFAULT_MIN_COUNT,
      description = "Fewest occurrences of a phrase, ≥ 1. Default: ${DEFAULT-VALUE}.")
  int phraseMinCount;

  @Option(names = "--phrase-threshold", defaultValue = "" + PhraseParams.DEFAULT_THRESHOLD,
      description = "Lowest NPMI of a phrase, -1–1. Default: ${DEFAULT-VALUE}.")
  double phraseThreshold;

  @Option(names = "--dedup", negatable = true, defaultValue = "" + DedupConfig.DEFAULT_ENABLED,
      fallbackValue = "true",
      description = "Find near-duplicate articles (wire copy published again; MinHash over "
          + NearDuplicateParams.DEFAULT_SHINGLE_SIZE + "-term shingles),"
          + " list them in duplicates.csv and fit LDA on one article per cluster; every article still"
          + " gets topic shares. Default: on.")
  boolean dedup;

  @Option(names = "--dedup-threshold", paramLabel = "J", defaultValue = "" + NearDuplicateParams.DEFAULT_THRESHOLD,
      description = "Lowest Jaccard similarity of two articles' shingle sets to call them near-duplicates, (0,1]."
          + " Default: ${DEFAULT-VALUE}.")
  double dedupThreshold;

  @Option(names = "--dedup-shingle-size", paramLabel = "N",
      defaultValue = "" + NearDuplicateParams.DEFAULT_SHINGLE_SIZE,
      description = "Consecutive analysed terms per shingle, 1–20. Default: ${DEFAULT-VALUE}.")
  int dedupShingleSize;

  @Option(names = "--dedup-bands", paramLabel = "N", defaultValue = "" + NearDuplicateParams.DEFAULT_BANDS,
      description = "Bands of the MinHash signature, 1–500: a pair of similarity s is a candidate with probability"
          + " 1-(1-s^rows)^bands; more find more pairs near the threshold. Default: ${DEFAULT-VALUE}.")
  int dedupBands;

  @Option(names = "--dedup-rows", paramLabel = "N", defaultValue = "" + NearDuplicateParams.DEFAULT_ROWS,
      description = "MinHash values per band, 1–20: more make dissimilar pairs rarer candidates."
          + " Default: ${DEFAULT-VALUE}.")
  int dedupRows;

  /** @throws IllegalArgumentException for a value out of range, naming the option */
  CleanupConfig cleanupConfig() {
    return new CleanupConfig(boilerplate, boilerplateMinArticles, boilerplateMinShare, phrases, phraseMinCount,
        phraseThreshold, new DedupConfig(dedup, dedupThreshold, dedupShingleSize, dedupBands, dedupRows));
  }
}
