package org.sujets.topics;

/** A readable word of a topic and its probability in the topic's word distribution. */
public record WeightedWord(String word, double weight) {}
