package org.sujets.report;

/**
 * A readable word and its score: for the corpus keywords, the keyness against general French
 * ({@code features/Keyness}); for an article's keywords, its L2-normalised TF-IDF weight.
 */
public record Keyword(String word, double score) {}
