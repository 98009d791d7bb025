package org.sujets.job;

import java.util.Arrays;
import java.util.Locale;
import org.apache.spark.ml.clustering.LDAModel;
import org.sujets.config.AnalysisConfig;
import org.sujets.config.CleanupConfig;
import org.sujets.config.InputConfig;
import org.sujets.config.JobConfig;
import org.sujets.config.LdaConfig;
import org.sujets.config.OutputConfig;
import org.sujets.config.VocabularyConfig;
import org.sujets.report.RunParameters;

/** run.json's typed parameters of a run, from its settings as resolved and what its stages found. */
final class ParametersUsed {
  private ParametersUsed() {}

  static RunParameters of(JobConfig config, VocabularyConfig vocabulary, LdaConfig lda, LDAModel model,
      RunParameters.SeedWordsUsed seedWords, RunParameters.Findings findings) {
    return new RunParameters(input(config.input()), analysis(config.analysis()),
        new RunParameters.Vocabulary(vocabulary.vocabSize(), vocabulary.minDf(), vocabulary.maxDf(),
            vocabulary.genericWords()),
        lda(lda, model), summaries(config.output()), config.labels().origin(), seedWords,
        model.sparkSession().sparkContext().master(),
        cleanup(config.cleanup()), findings);
  }

  static RunParameters.Input input(InputConfig input) {
    return new RunParameters.Input(input.format().name().toLowerCase(Locale.ROOT), input.columns().asMap());
  }

  static RunParameters.Summaries summaries(OutputConfig output) {
    return new RunParameters.Summaries(output.topWords(), output.topArticles(), output.articleKeywords(),
        output.corpusKeywords());
  }

  private static RunParameters.Analysis analysis(AnalysisConfig analysis) {
    return new RunParameters.Analysis(analysis.stemmer().name().toLowerCase(Locale.ROOT),
        analysis.extraStopWords().size(), analysis.minTokenLength());
  }

  static RunParameters.Lda lda(LdaConfig lda, LDAModel model) {
    return new RunParameters.Lda(lda.topics(), lda.iterations(), lda.optimizer().sparkName(), lda.seed(),
        lda.subsamplingRate(), lda.learningOffset(), lda.learningDecay(),
        lda.start() == null ? null : lda.start().cliName(),
        // Plain numbers for JSON and HTML.
        Arrays.stream(model.estimatedDocConcentration().toArray()).map(v -> Math.round(v * 1e6) / 1e6).boxed().toList(),
        model.getEffectiveTopicConcentration());
  }

  /** LDA as an update continued it: started from the saved model, not from a seeded or random start. */
  static RunParameters.Lda continued(LdaConfig lda, LDAModel model) {
    RunParameters.Lda used = lda(lda, model);
    return new RunParameters.Lda(used.topics(), used.iterations(), used.optimizer(), used.seed(), used.subsamplingRate(),
        used.learningOffset(), used.learningDecay(), "model", used.docConcentration(), used.topicConcentration());
  }

  private static RunParameters.Cleanup cleanup(CleanupConfig cleanup) {
    return new RunParameters.Cleanup(cleanup.boilerplate(), cleanup.boilerplateMinArticles(),
        cleanup.boilerplateMinShare(), cleanup.phrases(), cleanup.phraseMinCount(), cleanup.phraseThreshold(),
        cleanup.dedup().enabled());
  }
}
