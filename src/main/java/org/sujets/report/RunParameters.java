package org.sujets.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;

/**
 * run.json's {@code parameters} of {@code sujets run}: every setting actually used, auto values
 * resolved, then what the clean-up stages found. One flat JSON object, in this order;
 * {@code labels} (the {@code --labels} file) and {@code seedWords} (the guided topics) only when
 * given.
 */
public record RunParameters(
    @JsonUnwrapped Input input,
    @JsonUnwrapped Analysis analysis,
    @JsonUnwrapped Vocabulary vocabulary,
    @JsonUnwrapped Lda lda,
    @JsonUnwrapped Summaries summaries,
    @JsonInclude(JsonInclude.Include.NON_NULL) String labels,
    @JsonInclude(JsonInclude.Include.NON_NULL) SeedWordsUsed seedWords,
    String sparkMaster,
    @JsonUnwrapped Cleanup cleanup,
    @JsonUnwrapped Findings findings) implements ManifestParameters {

  @Override
  public int topics() {
    return lda.topics();
  }

  /** How the input was read. */
  public record Input(String format, Map<String, String> columns) {}

  /** The analyzer: stemmer, extra stop words (how many), shortest token. */
  public record Analysis(String stemmer, int extraStopWords, int minTokenLength) {}

  /**
   * The vocabulary, resolved for the corpus; {@code genericWords}: whether the news-generic words
   * were kept in it.
   */
  public record Vocabulary(int vocabSize, double minDf, double maxDf, boolean genericWords) {}

  /**
   * LDA as fitted; {@code docConcentration} as learned (or set), one value per topic; null where
   * the optimizer has no such setting.
   */
  public record Lda(int topics, int iterations, String optimizer, long seed, Double subsamplingRate,
      Double learningOffset, Double learningDecay, String ldaStart, List<Double> docConcentration,
      double topicConcentration) {}

  /**
   * The guided topics ({@code --seed-words}), topics 1..n in this order.
   *
   * @param file the seed-words file as given
   * @param weight {@code --seed-weight}: each seed word's extra prior as a share of an average topic's mass
   */
  public record SeedWordsUsed(String file, double weight, List<GuidedTopic> topics) {}

  /**
   * One guided topic: its name, the readable words of the vocabulary terms its seed words gave,
   * and the seed words (as typed) that are not in the vocabulary, left out.
   */
  public record GuidedTopic(String name, List<String> words, List<String> notInVocabulary) {}

  /** The sizes of the summaries written. */
  public record Summaries(int topWords, int topArticles, int articleKeywords, int corpusKeywords) {}

  /** The clean-up switches and settings. */
  public record Cleanup(boolean boilerplate, int boilerplateMinArticles, double boilerplateMinShare,
      boolean phrases, int phraseMinCount, double phraseThreshold, boolean dedup) {}

  /**
   * What the run found. Absent (not null) when the step did not run.
   *
   * @param topicsChosenBy "given", "size rule" or "tune"
   * @param topicSweep the sweep's summary, with {@code --topics auto}
   * @param boilerplateRemoved what boilerplate removal removed
   * @param phrasesLearned how many phrases were learned
   * @param spellingVariants the spelling variants scored and listed
   * @param duplicates the near-duplicate clusters and the articles LDA fitted
   * @param merged with {@code --merge} or {@code --reduce-to}: the first fit's number of topics
   *     ({@code topicsBefore}), each new topic's ids before merging ({@code mergedFrom}) and the
   *     further iterations
   */
  public record Findings(
      String topicsChosenBy,
      @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> topicSweep,
      @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> boilerplateRemoved,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer phrasesLearned,
      Map<String, Object> spellingVariants,
      @JsonInclude(JsonInclude.Include.NON_NULL) NearDuplicates duplicates,
      @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> merged) {

    /** Findings of a run that merged no topics. */
    public Findings(String topicsChosenBy, Map<String, Object> topicSweep, Map<String, Object> boilerplateRemoved,
        Integer phrasesLearned, Map<String, Object> spellingVariants, NearDuplicates duplicates) {
      this(topicsChosenBy, topicSweep, boilerplateRemoved, phrasesLearned, spellingVariants, duplicates, null);
    }
  }

  /** The near-duplicate stage's settings and findings. */
  public record NearDuplicates(double threshold, int shingleSize, int bands, int rows, long candidatePairs,
      long verifiedPairs, long clusters, long articlesInClusters, long leftOutOfFit, boolean converged,
      long articlesFitted) {}
}
