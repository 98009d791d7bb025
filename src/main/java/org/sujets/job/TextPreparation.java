package org.sujets.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import org.sujets.features.TextColumns;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.IDFModel;
import org.apache.spark.ml.feature.Normalizer;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.sujets.config.VocabularyConfig;
import org.sujets.features.AlphabeticalCountVectorizer;
import org.sujets.features.BoilerplateModel;
import org.sujets.features.BoilerplateRemover;
import org.sujets.features.FrenchNewsTokenizer;
import org.sujets.features.NearDuplicateDetector;
import org.sujets.features.PhraseDetector;
import org.sujets.features.PhraseModel;
import org.sujets.features.SurfaceForms;
import org.sujets.ingest.Columns;
import org.sujets.storage.Folder;

/**
 * Fits the text pipeline ({@link TextPipeline#declare}) as {@code Pipeline.fit} does, stage by
 * stage in the declared order, and adds what a run needs between stages: each stage timed and
 * reported, the analysis cached once and read by every later stage (Spark's Pipeline would
 * re-analyse the text for each estimator), the counts run.json shows, and the vocabulary's min-df
 * and max-df resolved from the number of analysed articles. Used by {@code run} and {@code tune},
 * so that both see the same text.
 */
final class TextPreparation {
  /** Column of the boilerplate lines removed from each article, dropped after counting. */
  private static final String BOILERPLATE = "boilerplate_removed";
  /** Most frequent removed lines listed in run.json. */
  private static final int BOILERPLATE_LISTED = 20;

  private final StageClock clock;
  private final Persisted persisted;

  TextPreparation(StageClock clock, Persisted persisted) {
    this.clock = clock;
    this.persisted = persisted;
  }

  /**
   * @param texts the articles with text (id, title, date, source, section, text)
   * @param vocabulary the vocabulary settings as given (auto fields resolved here)
   * @param duplicatesCsv where duplicates.csv goes ({@code run}), or empty ({@code tune})
   * @param inputRead called once the analysis is cached, to release the input's cache
   */
  PreparedText fit(Pipeline pipeline, Dataset<Row> texts, VocabularyConfig vocabulary,
      Optional<Folder> duplicatesCsv, Runnable inputRead) throws IOException {
    Fitting f = new Fitting(texts);
    PipelineStage[] stages = pipeline.getStages();
    for (int i = 0; i < stages.length; i++) {
      PipelineStage stage = stages[i];
      if (stage instanceof BoilerplateRemover remover) {
        boilerplate(remover, f);
      } else if (stage instanceof BoilerplateModel kept) {
        keptBoilerplate(kept, f);
      } else if (stage instanceof PhraseModel kept) {
        keptPhrases(kept, f);
      } else if (stage instanceof CountVectorizerModel kept) {
        grownVocabulary(kept, vocabulary, f);
      } else if (stage instanceof FrenchNewsTokenizer tokenizer) {
        analysis(tokenizer, f, inputRead);
      } else if (stage instanceof PhraseDetector detector) {
        phrases(detector, f);
      } else if (stage instanceof NearDuplicateDetector detector) {
        duplicates(detector, f, duplicatesCsv);
      } else if (stage instanceof AlphabeticalCountVectorizer counts) {
        vocabulary(counts, vocabulary, f);
      } else if (stage instanceof IDF idf && i + 1 < stages.length && stages[i + 1] instanceof Normalizer norm) {
        tfIdf(idf, norm, f);
        i++;
      } else {
        throw new IllegalArgumentException("the text pipeline has a stage the run does not know: " + stage);
      }
    }
    return f.prepared(pipeline.uid());
  }

  private void boilerplate(BoilerplateRemover remover, Fitting f) {
    StageClock.Stage stage = clock.start("boilerplate");
    removeBoilerplate(remover.fit(f.data), f);
    stage.done(f.learnedBoilerplate + " lines learned");
  }

  /** A saved model's boilerplate lines removed, none learned ({@code update}: the same analysis). */
  private void keptBoilerplate(BoilerplateModel model, Fitting f) {
    StageClock.Stage stage = clock.start("boilerplate");
    removeBoilerplate(model, f);
    stage.done(f.learnedBoilerplate + " lines of the model");
  }

  private static void removeBoilerplate(BoilerplateModel model, Fitting f) {
    f.fitted.add(model);
    // The run's copy also lists what it removed, for run.json; the saved model does not.
    f.data = model.copy(ParamMap.empty()).setRemovedCol(BOILERPLATE).transform(f.data);
    f.learnedBoilerplate = model.getLearnedLines().length;
  }

  /** The Lucene analysis (with the boilerplate removal before it), one pass, cached. */
  private void analysis(FrenchNewsTokenizer tokenizer, Fitting f, Runnable inputRead) {
    StageClock.Stage stage = clock.start("analysis");
    f.fitted.add(tokenizer);
    f.tokenized = persisted.keep(tokenizer.transform(f.data).drop(Columns.TEXT));
    boolean removed = f.learnedBoilerplate >= 0;
    // The first action on it runs the analysis; it also adds up the boilerplate removed (from index 3).
    f.counts = tokenCounts(f.tokenized, removed ? BoilerplateSummary.totals(BOILERPLATE) : new Column[0]);
    if (removed) {
      f.boilerplate = BoilerplateSummary.of(f.tokenized, BOILERPLATE, BOILERPLATE_LISTED, f.learnedBoilerplate, f.counts, 3);
    }
    inputRead.run();
    // Joining phrases never empties an article, so this count holds after the phrases stage too.
    f.withoutWords = f.counts.isNullAt(2) ? 0 : f.counts.getLong(2);
    f.data = f.tokenized.drop(BOILERPLATE, TextColumns.GAPS);
    stage.done(f.counts.getLong(0) + " articles, " + tokens(f.counts) + " tokens"
        + (f.withoutWords > 0 ? ", " + f.withoutWords + " with no word left" : ""));
  }

  /** Learns phrases from the cached analysis and joins them (no second tokenization). */
  private void phrases(PhraseDetector detector, Fitting f) {
    StageClock.Stage stage = clock.start("phrases");
    joinPhrases(detector.fit(f.tokenized), f);
    stage.done(f.phrases.length + " phrases learned, " + tokens(f.counts) + " tokens after joining");
  }

  /** A saved model's phrases joined, none learned ({@code update}). */
  private void keptPhrases(PhraseModel model, Fitting f) {
    StageClock.Stage stage = clock.start("phrases");
    joinPhrases(model, f);
    stage.done(f.phrases.length + " phrases of the model, " + tokens(f.counts) + " tokens after joining");
  }

  private void joinPhrases(PhraseModel model, Fitting f) {
    f.fitted.add(model);
    f.joined = persisted.keep(model.transform(f.tokenized).drop(BOILERPLATE, TextColumns.GAPS));
    f.data = f.joined;
    f.counts = tokenCounts(f.data); // materializes the joined tokens
    f.tokenized.unpersist();
    f.phrases = model.getPhrases();
  }

  /** Near-duplicate clusters among the analysed articles (wire copies): LDA fits one per cluster. */
  private void duplicates(NearDuplicateDetector detector, Fitting f, Optional<Folder> csv) throws IOException {
    requireWords(f);
    StageClock.Stage stage = clock.start("duplicates");
    f.duplicates = DuplicateClusters.find(detector, f.data);
    f.fitted.add(f.duplicates.model());
    persisted.add(f.duplicates.members());
    if (csv.isPresent()) {
      f.duplicates.writeCsv(f.data, csv.get());
    }
    stage.done(f.duplicates.clusters() + " clusters of near-duplicates, " + f.duplicates.inClusters()
        + " articles in them, " + f.duplicates.leftOut() + " left out of the LDA fit");
  }

  private void vocabulary(AlphabeticalCountVectorizer declared, VocabularyConfig given, Fitting f) {
    requireWords(f);
    StageClock.Stage stage = clock.start("vocabulary");
    f.vocabulary = given.resolve(f.counts.getLong(0) - f.withoutWords);
    AlphabeticalCountVectorizer counts = (AlphabeticalCountVectorizer) declared.copy(ParamMap.empty());
    counts.setVocabSize(f.vocabulary.vocabSize()).setMinDF(f.vocabulary.minDf()).setMaxDF(f.vocabulary.sparkMaxDf());
    CountVectorizerModel model = counts.fit(f.data);
    f.fitted.add(model);
    String[] vocab = model.vocabulary();
    if (vocab.length == 0) {
      throw new IllegalArgumentException(
          "the vocabulary is empty: no term occurs in at least --min-df " + f.vocabulary.minDf()
              + " and at most --max-df " + f.vocabulary.maxDf() + " articles");
    }
    f.readable = SurfaceForms.forVocabulary(
        SurfaceForms.mostFrequent(f.data, TextColumns.TERMS, TextColumns.SURFACES), vocab);
    f.data = model.transform(f.data.drop(TextColumns.SURFACES));
    stage.done(vocab.length + " terms");
  }

  /**
   * A saved vocabulary, every term kept, grown by the new articles' terms that pass its own
   * min-df, max-df and size ({@code update}; see {@link AlphabeticalCountVectorizer#extend}).
   *
   * @param saved the vocabulary's settings as the saved stage holds them, for run.json
   */
  private void grownVocabulary(CountVectorizerModel kept, VocabularyConfig saved, Fitting f) {
    requireWords(f);
    StageClock.Stage stage = clock.start("vocabulary");
    String[] keptOut = keptOut(kept, f);
    f.vocabulary = new VocabularyConfig(saved.vocabSize(), saved.minDf(), saved.maxDf(), keptOut.length == 0);
    CountVectorizerModel model = AlphabeticalCountVectorizer.extend(kept, f.data, keptOut);
    f.fitted.add(model);
    String[] vocab = model.vocabulary();
    f.readable = SurfaceForms.forVocabulary(
        SurfaceForms.mostFrequent(f.data, TextColumns.TERMS, TextColumns.SURFACES), vocab);
    f.data = model.transform(f.data.drop(TextColumns.SURFACES));
    stage.done(vocab.length + " terms, " + (vocab.length - kept.vocabulary().length) + " new");
  }

  /**
   * The news-generic terms when the saved vocabulary holds none of them (the model's run left
   * them out, the default), so that an update does not bring them in; otherwise none.
   */
  private static String[] keptOut(CountVectorizerModel kept, Fitting f) {
    FrenchNewsTokenizer tokenizer = f.fitted.stream().filter(FrenchNewsTokenizer.class::isInstance)
        .map(FrenchNewsTokenizer.class::cast).findFirst().orElseThrow();
    String[] generic = TextPipeline.genericTerms(tokenizer.analyzerSpec());
    Set<String> saved = Set.of(kept.vocabulary());
    return Arrays.stream(generic).anyMatch(saved::contains) ? new String[0] : generic;
  }

  private void tfIdf(IDF idf, Normalizer normalizer, Fitting f) {
    StageClock.Stage stage = clock.start("TF-IDF");
    IDFModel model = idf.fit(f.data);
    f.fitted.add(model);
    f.fitted.add(normalizer);
    UDF1<Vector, Integer> nonZeros = v -> v.numNonzeros();
    f.features = persisted.keep(
        normalizer.transform(model.transform(f.data))
            .drop(TextColumns.TERMS, TextColumns.TFIDF_RAW)
            .withColumn(PreparedText.TERMS_KEPT, udf(nonZeros, DataTypes.IntegerType).apply(col(TextColumns.TF))));
    Row counts = f.features.agg(count(lit(1)), sum(when(col(PreparedText.TERMS_KEPT).equalTo(0), 1).otherwise(0))).first();
    long withoutTerms = counts.isNullAt(1) ? 0 : counts.getLong(1);
    f.releaseAnalysis();
    f.withTerms = counts.getLong(0) - withoutTerms;
    stage.done(f.withTerms + " articles with vocabulary terms" + (withoutTerms > 0 ? ", " + withoutTerms + " without" : ""));
    if (f.withTerms < 2) {
      throw new IllegalArgumentException(
          "only " + f.withTerms + " article(s) contain vocabulary terms: LDA needs at least 2; "
              + "add articles or lower --min-df");
    }
  }

  /** Fails, with the likely cause, when the analysis left no word at all. */
  private static void requireWords(Fitting f) {
    if (tokens(f.counts) == 0) {
      throw new IllegalArgumentException(
          "no French word left after analysis in " + f.counts.getLong(0) + " articles: is the input French text?");
    }
  }

  private static long tokens(Row counts) {
    return counts.isNullAt(1) ? 0 : counts.getLong(1);
  }

  /** Articles, tokens and articles with no token (indices 0 to 2), then {@code more} aggregates, in one pass. */
  private static Row tokenCounts(Dataset<Row> analyzed, Column... more) {
    List<Column> aggregates = new ArrayList<>(List.of(sum(size(col(TextColumns.TERMS))),
        sum(when(size(col(TextColumns.TERMS)).equalTo(0), 1).otherwise(0))));
    aggregates.addAll(List.of(more));
    return analyzed.agg(count(lit(1)), aggregates.toArray(new Column[0])).first();
  }

  /** The state of one fit, stage after stage. */
  private static final class Fitting {
    final List<Transformer> fitted = new ArrayList<>();
    Dataset<Row> data;
    Dataset<Row> tokenized;
    /** The analysis with phrases joined, cached; null when phrases are off. */
    Dataset<Row> joined;
    Dataset<Row> features;
    Row counts;
    long learnedBoilerplate = -1;
    long withoutWords;
    long withTerms;
    VocabularyConfig vocabulary;
    String[] readable;
    String[] phrases;
    Map<String, Object> boilerplate;
    DuplicateClusters duplicates;

    Fitting(Dataset<Row> texts) {
      this.data = texts;
    }

    /** Releases the analysed articles' caches once the features are cached and counted. */
    void releaseAnalysis() {
      if (joined != null) {
        joined.unpersist();
      }
      if (tokenized != null) {
        tokenized.unpersist();
      }
    }

    PreparedText prepared(String uid) {
      return new PreparedText(new PipelineModel(uid, fitted.toArray(new Transformer[0])), features,
          counts.getLong(0), tokens(counts), withoutWords, withTerms, vocabulary, readable, phrases, boilerplate,
          duplicates);
    }
  }
}
