package org.sujets.job;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.ml.PipelineModel;
import org.sujets.config.SeedWords;
import org.sujets.model.QueryTerms;
import org.sujets.report.RunParameters;
import org.sujets.topics.SeedTerms;

/**
 * A run's guided topics ({@code --seed-words}) matched to its vocabulary: each group of seed words
 * analysed by the run's own tokenizer and phrase stages as a search query is ({@link QueryTerms}:
 * "Masques" and "masque" are one term, "l'épidémie" is "épidémie", "gilets jaunes" one term when
 * the run learned the phrase), then looked up in the vocabulary.
 *
 * @param words the guided topics as the file gives them
 * @param terms their vocabulary terms, what LDA is given
 * @param used run.json's account: each topic's words found and the words not found
 */
record GuidedTopics(SeedWords words, SeedTerms terms, RunParameters.SeedWordsUsed used) {
  /** No guided topic. */
  static GuidedTopics none() {
    return new GuidedTopics(SeedWords.none(), SeedTerms.none(), null);
  }

  /**
   * Matches {@code seedWords} to the vocabulary of {@code pipeline}; the words not in it are named
   * in one warning.
   *
   * @param readable the readable word of each vocabulary index
   * @throws SeedWordsNotInVocabulary when a guided topic has no seed word left, naming its line
   */
  static GuidedTopics resolve(SeedWords seedWords, PipelineModel pipeline, String[] readable, JobProgress progress) {
    if (seedWords.isEmpty()) {
      return none();
    }
    List<int[]> terms = new ArrayList<>();
    List<RunParameters.GuidedTopic> topics = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (SeedWords.Entry entry : seedWords.entries()) {
      Set<Integer> found = new LinkedHashSet<>();
      List<String> notFound = new ArrayList<>();
      for (String group : entry.words()) {
        // A group at once, as a search query: its words may join into a learned phrase.
        QueryTerms analysed = QueryTerms.analyse(pipeline, readable, group);
        analysed.known().forEach(t -> found.add(t.index()));
        notFound.addAll(analysed.unknown());
        if (analysed.isEmpty()) {
          notFound.add(group); // only stop words: the analysis drops them ("de" inside a group is fine)
        }
      }
      if (found.isEmpty()) {
        throw new SeedWordsNotInVocabulary(seedWords.where(entry) + "none of the seed words of '" + entry.name()
            + "' is in the vocabulary (" + String.join(", ", entry.words()) + "); give words the articles use");
      }
      if (!notFound.isEmpty()) {
        missing.add(entry.name() + ": " + String.join(", ", notFound));
      }
      terms.add(found.stream().mapToInt(Integer::intValue).toArray());
      topics.add(new RunParameters.GuidedTopic(entry.name(), found.stream().map(i -> readable[i]).toList(),
          notFound));
    }
    if (!missing.isEmpty()) {
      progress.warning("seed words not in the vocabulary, left out: " + String.join("; ", missing));
    }
    return new GuidedTopics(seedWords, new SeedTerms(terms, seedWords.weight()),
        new RunParameters.SeedWordsUsed(seedWords.origin(), seedWords.weight(), topics));
  }
}
