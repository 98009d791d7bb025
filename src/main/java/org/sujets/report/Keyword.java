package org.sujets.report;

/** A readable word and its TF-IDF score (corpus level: mean TF-IDF weight over the articles). */
public record Keyword(String word, double score) {}
