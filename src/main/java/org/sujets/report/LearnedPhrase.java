package org.sujets.report;

/**
 * One learned phrase as phrases.json shows it.
 *
 * @param phrase its readable form ({@code corée du nord}): the most frequent surface form
 * @param articles how many articles contain it (after near-duplicates are kept, before the fit)
 */
public record LearnedPhrase(String phrase, long articles) {}
