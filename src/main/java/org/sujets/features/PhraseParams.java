package org.sujets.features;

import static org.sujets.features.StageParams.withDefault;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.param.Params;
import org.apache.spark.ml.param.StringArrayParam;

/**
 * The Params of the phrase stage, shared by {@link PhraseDetector} and the {@link PhraseModel} it
 * fits, as Spark's {@code *Params} traits are: each is declared here once, with its meaning,
 * range, validator and default. The model carries the detector's values (the fitting ones record
 * how it was learned). The defaults are the constants below, which the command line and the
 * configuration records use too.
 *
 * <p>A Java interface holds no per-instance state: each stage keeps the {@link Declared} Params
 * that {@link Declared#on} created for it and returns them from {@link #phraseParams()}.
 */
public interface PhraseParams extends Params {
  /** Default connector words allowed inside a phrase. */
  List<String> DEFAULT_CONNECTORS = List.of("de", "du", "des", "d'", "la", "le", "l'", "en");
  /** Default of {@link #maxLength()}. */
  int DEFAULT_MAX_LENGTH = 3;
  /** Default of {@link #minCount()}. */
  int DEFAULT_MIN_COUNT = 10;
  /** Default of {@link #threshold()}. */
  double DEFAULT_THRESHOLD = 0.5;
  /** Default of {@link #maxPhrases()}. */
  int DEFAULT_MAX_PHRASES = 20_000;

  /** One stage's instances of the phrase Params. */
  record Declared(
      Param<String> termsCol,
      Param<String> surfacesCol,
      Param<String> gapsCol,
      StringArrayParam connectorWords,
      IntParam maxLength,
      IntParam minCount,
      DoubleParam threshold,
      IntParam maxPhrases) implements Serializable {

    /** Creates the Params for {@code owner}, whose uid is set, with their defaults. */
    static Declared on(PhraseParams owner) {
      return new Declared(
          withDefault(owner, new Param<String>(owner, "termsCol",
              "column of terms (array<string>), which the model rewrites in place"), TextColumns.TERMS),
          withDefault(owner, new Param<String>(owner, "surfacesCol",
              "column of surface forms parallel to the terms, which the model rewrites in place"),
              TextColumns.SURFACES),
          withDefault(owner, new Param<String>(owner, "gapsCol",
              "column of the gaps before each token (FrenchNewsTokenizer's gapsCol), which the model rewrites"
                  + " in place"), TextColumns.GAPS),
          withDefault(owner, new StringArrayParam(owner, "connectorWords",
              "lowercase words allowed between the tokens of a phrase (at most 2 in a row); elided forms"
                  + " end with '. By default " + String.join(" ", DEFAULT_CONNECTORS)),
              DEFAULT_CONNECTORS.toArray(new String[0])),
          withDefault(owner, new IntParam(owner, "maxLength",
              "most tokens in a phrase, connectors not counted, range [2, 4]", ParamValidators.inRange(2, 4)),
              DEFAULT_MAX_LENGTH),
          withDefault(owner, new IntParam(owner, "minCount",
              "fewest occurrences of a phrase over the corpus, ≥ 1", ParamValidators.gtEq(1)), DEFAULT_MIN_COUNT),
          withDefault(owner, new DoubleParam(owner, "threshold",
              "lowest NPMI of a phrase, range [-1, 1]", ParamValidators.inRange(-1, 1)), DEFAULT_THRESHOLD),
          withDefault(owner, new IntParam(owner, "maxPhrases",
              "most phrases kept per round, the most frequent first, ≥ 0", ParamValidators.gtEq(0)),
              DEFAULT_MAX_PHRASES));
    }
  }

  /** This stage's instances of the Params above. */
  Declared phraseParams();

  default Param<String> termsCol() { return phraseParams().termsCol(); }
  default Param<String> surfacesCol() { return phraseParams().surfacesCol(); }
  default Param<String> gapsCol() { return phraseParams().gapsCol(); }
  default StringArrayParam connectorWords() { return phraseParams().connectorWords(); }
  default IntParam maxLength() { return phraseParams().maxLength(); }
  default IntParam minCount() { return phraseParams().minCount(); }
  default DoubleParam threshold() { return phraseParams().threshold(); }
  default IntParam maxPhrases() { return phraseParams().maxPhrases(); }

  default String getTermsCol() { return $(termsCol()); }
  default String getSurfacesCol() { return $(surfacesCol()); }
  default String getGapsCol() { return $(gapsCol()); }
  default String[] getConnectorWords() { return $(connectorWords()); }
  default int getMaxLength() { return (Integer) $(maxLength()); }
  default int getMinCount() { return (Integer) $(minCount()); }
  default double getThreshold() { return (Double) $(threshold()); }
  default int getMaxPhrases() { return (Integer) $(maxPhrases()); }
}
