package org.sujets.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FileUrisTest {
  @Test
  void decodesEncodedUris() {
    assertEquals("file:/data/dossier été/a b+c 100%.jsonl",
        FileUris.decode("file:/data/dossier%20été/a%20b+c%20100%25.jsonl"));
    assertEquals("file:/data/plain.jsonl", FileUris.decode("file:/data/plain.jsonl"));
    assertEquals("hdfs://nn:8020/x y.csv", FileUris.decode("hdfs://nn:8020/x%20y.csv"));
    assertNull(FileUris.decode(null));
  }

  @Test
  void fileName() {
    assertEquals("a b.jsonl", FileUris.fileName("file:/data/a b.jsonl"));
    assertEquals("x", FileUris.fileName("x"));
  }
}
