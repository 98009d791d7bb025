package org.sujets.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Locale;
import org.sujets.topics.SearchResult;

/** A search's result as people read it in a terminal, or as JSON for scripts. */
public final class SearchListing {
  /** Titles are cut to this many characters, so that one article stays on one line. */
  static final int TITLE_CHARS = 90;

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SearchListing() {}

  /** The topics found, best first, each with its words, the query's place in it and its articles. */
  public static String text(SearchResult result) {
    StringBuilder out = new StringBuilder();
    out.append('"').append(oneLine(result.query())).append("\" → ").append(String.join(", ", result.terms()));
    if (!result.unknown().isEmpty()) {
      out.append("  (not in the vocabulary, ignored: ").append(String.join(", ", result.unknown())).append(')');
    }
    out.append('\n');
    int place = 0;
    for (SearchResult.Topic topic : result.topics()) {
      out.append(String.format(Locale.ROOT, "%n%d. topic %d · %s   %.1f %%%n", ++place, topic.id(),
          oneLine(topic.label()), 100 * topic.score()));
      for (SearchResult.Match match : topic.matches()) {
        out.append(String.format(Locale.ROOT, "   %s: word %d of the topic (%.2f %% of its words)%n",
            match.word(), match.rank(), 100 * match.probability()));
      }
      out.append("   words: ").append(String.join(", ", topic.words())).append('\n');
      for (SearchResult.Article article : topic.articles()) {
        String date = article.date().isEmpty() ? "" : oneLine(article.date()) + "  ";
        out.append(String.format(Locale.ROOT, "   %.2f  %s%s  %s%n", article.share(), date,
            oneLine(article.id()), cut(oneLine(article.title()))));
      }
    }
    return out.toString();
  }

  /** The one line that says why nothing was searched: unknown words, or only stop words. */
  public static String nothingKnown(SearchResult result) {
    if (result.unknown().isEmpty()) {
      return "\"" + oneLine(result.query()) + "\" has no word left to search once stop words are removed";
    }
    return "\"" + oneLine(result.query()) + "\": not in the model's vocabulary: " + String.join(", ", result.unknown());
  }

  public static String json(SearchResult result) {
    try {
      return JSON.writeValueAsString(result) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the search result as JSON", e);
    }
  }

  /** Control characters (a title's line break, an escape sequence) would break the listing. */
  private static String oneLine(String text) {
    return text.replaceAll("\\p{Cntrl}+", " ").strip();
  }

  private static String cut(String title) {
    return title.length() <= TITLE_CHARS ? title : title.substring(0, TITLE_CHARS - 1).strip() + "…";
  }
}
