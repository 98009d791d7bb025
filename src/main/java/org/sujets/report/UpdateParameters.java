package org.sujets.report;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;

/**
 * run.json's {@code parameters} of {@code sujets update}: the model continued, the vocabulary it
 * grew to, LDA as continued, and the model's lineage after the update.
 *
 * @param command always "update"
 * @param model the continued model folder's URI
 * @param analyzer the model's analysis settings, as its model.json records them (kept)
 * @param vocabulary the saved vocabulary rules the new words had to pass
 * @param vocabularyBefore the saved model's number of terms
 * @param lda LDA as continued: the iterations of this update, α as learned after it
 * @param iterationsInAll λ updates of the model since its first fit, this update's included
 * @param lineage model.json's lineage after the update, oldest first
 */
public record UpdateParameters(
    String command,
    String model,
    int modelFormatVersion,
    String modelSujetsVersion,
    @JsonUnwrapped RunParameters.Input input,
    Map<String, Object> analyzer,
    @JsonUnwrapped RunParameters.Vocabulary vocabulary,
    int vocabularyBefore,
    @JsonUnwrapped RunParameters.Lda lda,
    int iterationsInAll,
    @JsonUnwrapped RunParameters.Summaries summaries,
    String sparkMaster,
    List<Map<String, Object>> lineage) implements ManifestParameters {
  @Override
  public int topics() {
    return lda.topics();
  }
}
