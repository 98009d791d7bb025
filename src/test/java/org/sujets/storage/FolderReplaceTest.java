package org.sujets.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Folder#replace}: the file is replaced whole, and nothing else is left beside it. */
class FolderReplaceTest {
  @Test
  void replacesAFileThroughATemporarySiblingOnALocalDisk(@TempDir Path dir) throws IOException {
    Folder folder = Folder.at(dir.toString(), new Configuration());
    folder.write("model.json", "{\"old\": true}".getBytes());
    folder.replace("model.json", "{\"new\": true}".getBytes());
    assertEquals("{\"new\": true}", Files.readString(dir.resolve("model.json")));
    assertEquals(List.of("model.json"), folder.files());
    folder.replace("absent.json", "{}".getBytes());
    assertEquals("{}", Files.readString(dir.resolve("absent.json")));
  }

  @Test
  void writesInPlaceOnAnObjectStore(@TempDir Path dir) throws IOException {
    Folder folder = Folder.at(ObjectStoreLikeFileSystem.SCHEME + "://" + dir, ObjectStoreLikeFileSystem.configuration());
    folder.write("model.json", "old".getBytes());
    folder.replace("model.json", "new".getBytes());
    assertEquals("new", Files.readString(dir.resolve("model.json")));
    assertEquals(List.of("model.json"), folder.files());
  }
}
