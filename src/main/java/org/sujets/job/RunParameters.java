package org.sujets.job;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.ml.clustering.LDAModel;
import org.sujets.config.JobConfig;
import org.sujets.config.LdaConfig;
import org.sujets.config.VocabularyConfig;

/** run.json's {@code parameters} of a run: every setting actually used, auto values resolved. */
final class RunParameters {
  private RunParameters() {}

  static Map<String, Object> of(JobConfig config, VocabularyConfig vocabulary, LdaConfig lda, LDAModel model) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("format", config.input().format().name().toLowerCase(Locale.ROOT));
    p.put("columns", config.input().columns().asMap());
    p.put("stemmer", config.analysis().stemmer().name().toLowerCase(Locale.ROOT));
    p.put("extraStopWords", config.analysis().extraStopWords().size());
    p.put("minTokenLength", config.analysis().minTokenLength());
    p.put("vocabSize", vocabulary.vocabSize());
    p.put("minDf", vocabulary.minDf());
    p.put("maxDf", vocabulary.maxDf());
    p.putAll(lda(lda, model));
    p.put("topWords", config.output().topWords());
    p.put("topArticles", config.output().topArticles());
    p.put("articleKeywords", config.output().articleKeywords());
    p.put("corpusKeywords", config.output().corpusKeywords());
    p.put("sparkMaster", model.sparkSession().sparkContext().master());
    p.put("boilerplate", config.cleanup().boilerplate());
    p.put("boilerplateMinArticles", config.cleanup().boilerplateMinArticles());
    p.put("boilerplateMinShare", config.cleanup().boilerplateMinShare());
    p.put("phrases", config.cleanup().phrases());
    p.put("phraseMinCount", config.cleanup().phraseMinCount());
    p.put("phraseThreshold", config.cleanup().phraseThreshold());
    p.put("dedup", config.cleanup().dedup().enabled());
    return p;
  }

  private static Map<String, Object> lda(LdaConfig lda, LDAModel model) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("topics", lda.topics());
    p.put("iterations", lda.iterations());
    p.put("optimizer", lda.optimizer().sparkName());
    p.put("seed", lda.seed());
    p.put("subsamplingRate", lda.subsamplingRate());
    p.put("learningOffset", lda.learningOffset());
    p.put("learningDecay", lda.learningDecay());
    p.put("ldaStart", lda.start() == null ? null : lda.start().cliName());
    // As learned by online LDA (or set), one value per model topic; plain numbers for JSON/HTML.
    p.put("docConcentration", Arrays.stream(model.estimatedDocConcentration().toArray())
        .map(v -> Math.round(v * 1e6) / 1e6).boxed().toList());
    p.put("topicConcentration", model.getEffectiveTopicConcentration());
    return p;
  }
}
