package org.sujets.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LocationsTest {
  @Test
  void aUriKeepsItsSchemeAndAuthority() {
    assertEquals("hdfs://localhost:9000/runs/fit", Locations.of("hdfs://localhost:9000/runs/fit").toString());
    assertEquals("s3a://bucket/runs/fit", Locations.of("s3a://bucket/runs/fit").toString());
    assertTrue(Locations.hasScheme("hdfs://localhost:9000/x"));
  }

  @Test
  void aPlainPathIsAnAbsoluteLocalPath() {
    String cwd = Path.of("").toAbsolutePath().toUri().getPath();
    assertEquals("file:" + cwd + "runs/x", Locations.of("runs/x").toString());
    assertEquals("file:/tmp/a b", Locations.of("/tmp/a b").toString());
    assertFalse(Locations.hasScheme("runs/x"));
    assertFalse(Locations.hasScheme("C:/x"), "one letter is a drive, not a scheme");
  }

  @Test
  void anEmptyLocationIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Locations.of(" "));
  }
}
