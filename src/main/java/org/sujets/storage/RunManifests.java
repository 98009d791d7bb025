package org.sujets.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/** Recognises a folder that holds a complete Sujets run, by its run.json. */
final class RunManifests {
  /** The file that marks a complete run, written last. */
  static final String MARKER = "run.json";

  private RunManifests() {}

  /** Whether {@code folder} has a run.json whose "tool" is "sujets". */
  static boolean isSujetsRun(Folder folder) {
    try {
      if (!folder.isFile(MARKER)) {
        return false;
      }
      try (InputStream in = folder.open(MARKER)) {
        JsonNode tool = new ObjectMapper().readTree(in).get("tool");
        return tool != null && "sujets".equals(tool.asText());
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
