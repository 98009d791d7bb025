package org.sujets.features;

import static org.sujets.features.StageParams.withDefault;

import java.io.Serializable;
import org.apache.spark.ml.param.BooleanParam;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.param.Params;
import org.sujets.ingest.Columns;

/**
 * The Params of the boilerplate stage, shared by {@link BoilerplateRemover} and the {@link
 * BoilerplateModel} it fits, as Spark's {@code *Params} traits are: each is declared here once,
 * with its meaning, range, validator and default. The model carries the remover's values (the
 * learning ones record how its lines were learned). The defaults are the constants below, which
 * the command line and the configuration records use too.
 *
 * <p>A Java interface holds no per-instance state: each stage keeps the {@link Declared} Params
 * that {@link Declared#on} created for it and returns them from {@link #boilerplateParams()}.
 */
public interface BoilerplateParams extends Params {
  /** Default of {@link #minArticles()}. */
  int DEFAULT_MIN_ARTICLES = 5;
  /** Default of {@link #minShare()}. */
  double DEFAULT_MIN_SHARE = 0.01;
  /** Default of {@link #maxLineChars()}: boilerplate lines are short, repeated wire paragraphs are not. */
  int DEFAULT_MAX_LINE_CHARS = 200;
  /** Default of {@link #usePatterns()}. */
  boolean DEFAULT_USE_PATTERNS = true;

  /** One stage's instances of the boilerplate Params. */
  record Declared(
      Param<String> inputCol,
      Param<String> sourceCol,
      IntParam minArticles,
      DoubleParam minShare,
      IntParam maxLineChars,
      BooleanParam usePatterns) implements Serializable {

    /** Creates the Params for {@code owner}, whose uid is set, with their defaults. */
    static Declared on(BoilerplateParams owner) {
      return new Declared(
          withDefault(owner, new Param<String>(owner, "inputCol", "column of article text (string)"), Columns.TEXT),
          withDefault(owner, new Param<String>(owner, "sourceCol",
              "column of the article's source; empty for none (one group)"), Columns.SOURCE),
          withDefault(owner, new IntParam(owner, "minArticles",
              "fewest articles of one source a line must occur in to be learned, ≥ 2", ParamValidators.gtEq(2)),
              DEFAULT_MIN_ARTICLES),
          withDefault(owner, new DoubleParam(owner, "minShare",
              "smallest share of its source's articles a line must occur in to be learned, in [0, 1]",
              ParamValidators.inRange(0, 1)), DEFAULT_MIN_SHARE),
          withDefault(owner, new IntParam(owner, "maxLineChars",
              "longest line (normalised, in chars) that can be learned, ≥ 1", ParamValidators.gtEq(1)),
              DEFAULT_MAX_LINE_CHARS),
          withDefault(owner, new BooleanParam(owner, "usePatterns",
              "also remove the built-in French boilerplate patterns and reader comments"), DEFAULT_USE_PATTERNS));
    }
  }

  /** This stage's instances of the Params above. */
  Declared boilerplateParams();

  default Param<String> inputCol() { return boilerplateParams().inputCol(); }
  default Param<String> sourceCol() { return boilerplateParams().sourceCol(); }
  default IntParam minArticles() { return boilerplateParams().minArticles(); }
  default DoubleParam minShare() { return boilerplateParams().minShare(); }
  default IntParam maxLineChars() { return boilerplateParams().maxLineChars(); }
  default BooleanParam usePatterns() { return boilerplateParams().usePatterns(); }

  default String getInputCol() { return $(inputCol()); }
  default String getSourceCol() { return $(sourceCol()); }
  default int getMinArticles() { return (Integer) $(minArticles()); }
  default double getMinShare() { return (Double) $(minShare()); }
  default int getMaxLineChars() { return (Integer) $(maxLineChars()); }
  default boolean getUsePatterns() { return (Boolean) $(usePatterns()); }
}
