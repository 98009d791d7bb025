package org.sujets.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujets.model.ModelManifest;
import org.sujets.model.TopicModelBundle;
import org.sujets.storage.Folder;
import org.sujets.topics.TopicLabels;

/** {@code sujets label} on a model's model.json (no Spark): list, name, unname, apply a file, refuse. */
class LabelCommandTest {
  private static final List<String> WORDS = List.of("retraite · âge · réforme", "kim · poutine · armes",
      "match · but · équipe");

  @TempDir Path dir;
  private Path model;

  /** What one command printed, and its exit code. */
  private record Result(int code, String out, String err) {}

  @BeforeEach
  void model() throws IOException {
    model = dir.resolve("model");
    ModelManifest manifest = new ModelManifest(TopicModelBundle.FORMAT_VERSION, "test", new int[] {2, 0, 1},
        TopicLabels.fromWords(WORDS).with(Map.of(3, "Football")), List.of("a", "b"), Map.of(), Map.of());
    TopicModelBundle.replaceManifest(Folder.local(model), manifest);
  }

  private Result label(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 1];
    all[0] = "label";
    System.arraycopy(args, 0, all, 1, args.length);
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    return new Result(code, out.toString(), err.toString());
  }

  private TopicLabels labels() {
    return TopicModelBundle.readManifest(Folder.local(model)).topicLabels();
  }

  @Test
  void withoutAssignmentListsTheLabelsAsALabelsFileAndChangesNothing() throws IOException {
    byte[] before = Files.readAllBytes(model.resolve("model.json"));
    Result r = label("--model", model.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("""
        # 1 of 3 topics named; the others are commented out with their words. Edit, then apply with --labels FILE.
        # 1: retraite · âge · réforme
        # 2: kim · poutine · armes
        3: Football
        #    words: match · but · équipe
        """, r.out());
    assertArrayEquals(before, Files.readAllBytes(model.resolve("model.json")));
  }

  @Test
  void assignmentsNameAndUnnameTopicsInTheModel() throws IOException {
    Result r = label("--model", model.toString(), "1=Réforme des retraites", "3=", "2= \"Kim et Poutine\" ");
    assertEquals(0, r.code(), r.err());
    TopicLabels labels = labels();
    assertEquals(Map.of(1, "Réforme des retraites", 2, "Kim et Poutine"), labels.given());
    assertEquals(List.of("Réforme des retraites", "Kim et Poutine", "match · but · équipe"), labels.shown());
    assertEquals(WORDS, labels.fromWords(), "the words labels are kept");
    assertEquals(List.of("model.json"), Folder.local(model).files(), "no temporary file left");
    assertTrue(r.err().contains("2 of 3 topics named"), r.err());
    String json = Files.readString(model.resolve("model.json"));
    assertTrue(json.contains("\"labels\" : [ \"Réforme des retraites\", \"Kim et Poutine\", \"match · but · équipe\" ]"),
        json);
  }

  @Test
  void aLabelsFileReplacesTheGivenNamesThenAssignmentsApply() throws IOException {
    Path file = Files.writeString(dir.resolve("names.txt"), "# edited\n2: Corée du Nord\n");
    Result r = label("--model", model.toString(), "--labels", file.toString(), "1=Retraites");
    assertEquals(0, r.code(), r.err());
    assertEquals(Map.of(1, "Retraites", 2, "Corée du Nord"), labels().given(), "topic 3's name went with the file");
  }

  @Test
  void theListingAppliedAsALabelsFileGivesTheSameLabels() throws IOException {
    label("--model", model.toString(), "1=Réforme des retraites");
    TopicLabels before = labels();
    Path listing = Files.writeString(dir.resolve("listing.txt"), label("--model", model.toString()).out());
    assertEquals(0, label("--model", model.toString(), "--labels", listing.toString()).code());
    assertEquals(before, labels());
  }

  @Test
  void badAssignmentsAreUsageErrorsAndLeaveTheModelAsItWas() throws IOException {
    byte[] before = Files.readAllBytes(model.resolve("model.json"));
    Path badFile = Files.writeString(dir.resolve("bad.txt"), "1: a\n4: d\n");
    Map<List<String>, String> cases = Map.of(
        List.of("4=Quatre"), "topic 4 does not exist: the model's topics are 1..3",
        List.of("0=Zéro"), "expected ID=NAME",
        List.of("Réforme"), "expected ID=NAME",
        List.of("1=" + "x".repeat(101)), "topic 1: the name is longer than 100 characters",
        List.of("--labels", badFile.toString()), badFile + ", line 2: topic 4 does not exist: the topics are 1..3");
    cases.forEach((args, expected) -> {
      List<String> all = new java.util.ArrayList<>(List.of("--model", model.toString()));
      all.addAll(args);
      Result r = label(all.toArray(new String[0]));
      assertEquals(ExitCodes.USAGE, r.code(), args + ": " + r.err());
      String first = r.err().lines().findFirst().orElse("");
      assertTrue(first.startsWith(expected), args + ": " + first);
    });
    assertArrayEquals(before, Files.readAllBytes(model.resolve("model.json")));
  }

  @Test
  void aFolderWithoutModelIsAFailureOnOneLine() {
    Result r = label("--model", dir.resolve("nothing").toString(), "1=a");
    assertEquals(ExitCodes.FAILURE, r.code());
    assertTrue(r.err().startsWith("sujets: error: no Sujets model in "), r.err());
    assertFalse(r.err().contains("\tat "));
  }
}
