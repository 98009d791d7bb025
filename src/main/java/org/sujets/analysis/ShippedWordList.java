package org.sujets.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A word list shipped with Sujets next to this package's classes: one word per line, # comments. */
final class ShippedWordList {
  private ShippedWordList() {}

  /** The words of {@code resource}, in file order, stripped; blank and comment lines skipped. */
  static List<String> read(String resource) {
    try (InputStream in = ShippedWordList.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      List<String> words = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.add(line.strip());
        }
      }
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
