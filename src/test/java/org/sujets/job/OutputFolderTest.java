package org.sujets.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
  @Test
  void abortBeforeCommitKeepsThePreviousOutput(@TempDir Path dir) throws IOException {
    Path target = Files.createDirectories(dir.resolve("out"));
    Files.writeString(target.resolve("run.json"), "{\"tool\":\"sujets\"}");
    OutputFolder folder = OutputFolder.prepare(target, false);
    Files.writeString(folder.staging().resolve("half.json"), "{");
    folder.abort(); // what the shutdown hook does on SIGTERM
    assertThrows(IOException.class, folder::commit);
    assertFalse(Files.exists(folder.staging()));
    assertEquals("{\"tool\":\"sujets\"}", Files.readString(target.resolve("run.json")));
  }

  @Test
  void abortAfterCommitLeavesTheOutput(@TempDir Path dir) throws IOException {
    OutputFolder folder = OutputFolder.prepare(dir.resolve("out"), false);
    Files.writeString(folder.staging().resolve("run.json"), "{}");
    folder.commit();
    folder.abort();
    assertTrue(Files.exists(dir.resolve("out/run.json")));
  }

  @Test
  void anUnwritableOutputIsAClearError() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> OutputFolder.prepare(Path.of("/proc/sujets-out"), false));
    assertTrue(e.getMessage().startsWith("cannot create output folder next to /proc/sujets-out"), e.getMessage());
  }
}
