package org.sujets.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** run.json's {@code parameters}: what a command used, one typed record per command. */
public interface ManifestParameters {
  /** The number of topics of the model written. */
  int topics();

  /** The same parameters as run.json shows them (name → value, in order), for the report's table. */
  @SuppressWarnings("unchecked")
  default Map<String, Object> asMap() {
    return new ObjectMapper().convertValue(this, LinkedHashMap.class);
  }
}
