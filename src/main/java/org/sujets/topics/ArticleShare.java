package org.sujets.topics;

/** An article that represents a topic well, and the topic's share of that article. */
public record ArticleShare(String id, String title, double share) {}
