package org.sujets.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
  private static final String PREVIOUS = "{\"tool\":\"sujets\"}";

  private static Path previousRun(Path dir) throws IOException {
    Path target = Files.createDirectories(dir.resolve("out"));
    Files.writeString(target.resolve("run.json"), PREVIOUS);
    Files.writeString(target.resolve("old.csv"), "a");
    return target;
  }

  /** The output folder {@code target} reached through a file system that cannot rename atomically. */
  private static OutputFolder onObjectStore(Path target) {
    String uri = ObjectStoreLikeFileSystem.SCHEME + "://" + target;
    return OutputFolder.prepare(uri, false, ObjectStoreLikeFileSystem.configuration());
  }

  private static void write(Folder folder, String name, String text) throws IOException {
    folder.write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void abortBeforeCommitKeepsThePreviousOutput(@TempDir Path dir) throws IOException {
    Path target = previousRun(dir);
    OutputFolder folder = OutputFolder.prepare(target.toString(), false, new Configuration());
    write(folder.files(), "half.json", "{");
    folder.abort(); // what the shutdown hook does on SIGTERM
    assertThrows(IOException.class, folder::commit);
    assertFalse(folder.files().fileSystem().exists(folder.files().path()));
    assertEquals(PREVIOUS, Files.readString(target.resolve("run.json")));
    assertEquals(List.of("out"), List.of(dir.toFile().list()), "nothing left beside the output");
  }

  @Test
  void commitReplacesThePreviousRunWhole(@TempDir Path dir) throws IOException {
    Path target = previousRun(dir);
    OutputFolder folder = OutputFolder.prepare(target.toString(), false, new Configuration());
    assertNotEquals(folder.target().path(), folder.files().path(), "a local run is staged beside the target");
    write(folder.files(), "charts/a.png", "png");
    write(folder.files(), "run.json", "{}");
    folder.commit();
    assertEquals("{}", Files.readString(target.resolve("run.json")));
    assertEquals("png", Files.readString(target.resolve("charts/a.png")));
    assertFalse(Files.exists(target.resolve("old.csv")));
    assertEquals(List.of("out"), List.of(dir.toFile().list()));
    assertFalse(Files.exists(target.resolve(".a.png.crc")), "no checksum files");
    assertFalse(Files.exists(target.resolve("charts/.a.png.crc")), "no checksum files");
  }

  @Test
  void abortAfterCommitLeavesTheOutput(@TempDir Path dir) throws IOException {
    OutputFolder folder = OutputFolder.prepare(dir.resolve("out").toString(), false, new Configuration());
    write(folder.files(), "run.json", "{}");
    folder.commit();
    folder.abort();
    assertTrue(Files.exists(dir.resolve("out/run.json")));
  }

  @Test
  void aFileUriIsWrittenWhereItPoints(@TempDir Path dir) throws IOException {
    String uri = "file://" + dir.resolve("out");
    OutputFolder folder = OutputFolder.prepare(uri, false, new Configuration());
    write(folder.files(), "run.json", "{}");
    folder.commit();
    assertTrue(Files.exists(dir.resolve("out/run.json")));
    assertFalse(Files.exists(Path.of("file:")), "a URI must never become a relative local folder");
  }

  @Test
  void aNonEmptyFolderThatIsNotARunNeedsOverwrite(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("out"));
    Files.writeString(dir.resolve("out/thesis.tex"), "x");
    var e = assertThrows(IllegalArgumentException.class,
        () -> OutputFolder.prepare(dir.resolve("out").toString(), false, new Configuration()));
    assertTrue(e.getMessage().contains("is not empty and does not hold a previous Sujets run"), e.getMessage());
    OutputFolder.prepare(dir.resolve("out").toString(), true, new Configuration()).abort();
  }

  @Test
  void anUnwritableOutputIsAClearError() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> OutputFolder.prepare("/proc/sujets-out", false, new Configuration()));
    assertEquals("cannot write output /proc/sujets-out: cannot create a folder there;"
        + " choose an --output you can write", e.getMessage());
  }

  @Test
  void onAnObjectStoreANewFolderIsWrittenInPlace(@TempDir Path dir) throws IOException {
    OutputFolder folder = onObjectStore(dir.resolve("out"));
    assertEquals(folder.target().path(), folder.files().path(), "no rename to rely on: written in place");
    write(folder.files(), "topics.json", "[]");
    write(folder.files(), "run.json", "{}");
    folder.commit();
    assertEquals("[]", Files.readString(dir.resolve("out/topics.json")));
    assertEquals(List.of("out"), List.of(dir.toFile().list()));
  }

  @Test
  void onAnObjectStoreThePreviousRunStaysUntilTheNewOneIsComplete(@TempDir Path dir) throws IOException {
    Path target = previousRun(dir);
    OutputFolder folder = onObjectStore(target);
    assertNotEquals(folder.target().path(), folder.files().path());
    write(folder.files(), "charts/a.png", "png");
    write(folder.files(), "run.json", "{}");
    assertEquals(PREVIOUS, Files.readString(target.resolve("run.json")), "untouched while the run writes");
    folder.commit();
    assertEquals("{}", Files.readString(target.resolve("run.json")));
    assertEquals("png", Files.readString(target.resolve("charts/a.png")));
    assertFalse(Files.exists(target.resolve("old.csv")));
    assertEquals(List.of("out"), List.of(dir.toFile().list()));
  }

  @Test
  void onAnObjectStoreAFailedRunLeavesThePreviousOne(@TempDir Path dir) throws IOException {
    Path target = previousRun(dir);
    OutputFolder folder = onObjectStore(target);
    write(folder.files(), "half.json", "{");
    folder.abort();
    assertEquals(PREVIOUS, Files.readString(target.resolve("run.json")));
    assertTrue(Files.exists(target.resolve("old.csv")));
    assertEquals(List.of("out"), List.of(dir.toFile().list()));
  }
}
