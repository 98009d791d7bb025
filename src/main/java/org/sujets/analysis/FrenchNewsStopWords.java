package org.sujets.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.util.IOUtils;

/**
 * The default stop words of {@link FrenchNewsAnalyzer}: Lucene's French stop set plus the news
 * function words of {@value #NEWS_STOPWORD_FILE} (titles such as {@code M.}, verbs of saying,
 * auxiliaries, time words). All entries are lowercase and keep their accents.
 */
public final class FrenchNewsStopWords {

  /** Classpath resource next to this class: one word per line, {@code #} starts a comment line. */
  public static final String NEWS_STOPWORD_FILE = "news-stopwords-fr.txt";

  private FrenchNewsStopWords() {}

  /** Returns the unmodifiable default stop set, loaded on first use. */
  public static CharArraySet defaults() {
    return DefaultSetHolder.DEFAULT_STOP_SET;
  }

  /** Lazily loads the set, so classes that never analyze text never read the file. */
  private static final class DefaultSetHolder {
    static final CharArraySet DEFAULT_STOP_SET;

    static {
      CharArraySet words = new CharArraySet(FrenchAnalyzer.getDefaultStopSet(), false);
      try (Reader reader =
          IOUtils.getDecodingReader(
              IOUtils.requireResourceNonNull(
                  FrenchNewsStopWords.class.getResourceAsStream(NEWS_STOPWORD_FILE),
                  NEWS_STOPWORD_FILE),
              StandardCharsets.UTF_8)) {
        WordlistLoader.getWordSet(reader, "#", words);
      } catch (IOException e) {
        throw new UncheckedIOException("Unable to load " + NEWS_STOPWORD_FILE, e);
      }
      DEFAULT_STOP_SET = CharArraySet.unmodifiableSet(words);
    }
  }
}
