package org.sujets.report;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Map;

/**
 * run.json's {@code parameters} of {@code sujets infer}: the model applied and the settings used.
 *
 * @param command always "infer"
 * @param model the model folder's URI
 * @param analyzer the model's analysis settings, as its model.json records them
 * @param topics the model's number of topics
 * @param vocabSize the model's vocabulary size
 */
public record InferParameters(
    String command,
    String model,
    int modelFormatVersion,
    String modelSujetsVersion,
    @JsonUnwrapped RunParameters.Input input,
    Map<String, Object> analyzer,
    int topics,
    int vocabSize,
    @JsonUnwrapped RunParameters.Summaries summaries,
    String sparkMaster) implements ManifestParameters {}
