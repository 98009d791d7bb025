package org.sujets.features;

import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.Params;

/** How the stages of this package declare a Param: created for its owner and given its default in one expression. */
final class StageParams {
  private StageParams() {}

  /**
   * Sets {@code value} as {@code param}'s default on {@code owner} and returns the param. Spark's
   * setDefault does not list the owner's params, so it may run while the owner is being built.
   */
  static <T, P extends Param<T>> P withDefault(Params owner, P param, T value) {
    owner.setDefault(param, value);
    return param;
  }
}
