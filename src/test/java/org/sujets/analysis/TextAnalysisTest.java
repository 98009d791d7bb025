package org.sujets.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {

  @Test
  void nullAndEmptyTextGiveEmptyLists() {
    try (FrenchNewsAnalyzer analyzer = new FrenchNewsAnalyzer(AnalyzerSpec.defaults())) {
      for (String text : new String[] {null, "", " \n\t", "« »", "2023"}) {
        AnalyzedText result = TextAnalysis.analyze(analyzer, text);
        assertEquals(List.of(), result.terms(), () -> "terms of " + text);
        assertEquals(List.of(), result.surfaces(), () -> "surfaces of " + text);
      }
    }
  }

  @Test
  void analyzerWithoutSurfaceFilterUsesTermsAsSurfaces() {
    try (WhitespaceAnalyzer analyzer = new WhitespaceAnalyzer()) {
      AnalyzedText result = TextAnalysis.analyze(analyzer, "Kim Poutine");
      assertEquals(List.of("Kim", "Poutine"), result.terms());
      assertEquals(result.terms(), result.surfaces());
    }
  }

  @Test
  void oneAnalyzerReusedGivesSameResultsAsFreshOnes() throws IOException {
    List<String> texts = sampleParagraphs();
    List<AnalyzedText> reused = new ArrayList<>();
    try (FrenchNewsAnalyzer analyzer = new FrenchNewsAnalyzer(AnalyzerSpec.defaults())) {
      for (int i = 0; i < 1_000; i++) {
        reused.add(TextAnalysis.analyze(analyzer, texts.get(i % texts.size())));
      }
    }
    for (int i = 0; i < 1_000; i++) {
      try (FrenchNewsAnalyzer fresh = new FrenchNewsAnalyzer(AnalyzerSpec.defaults())) {
        String text = texts.get(i % texts.size());
        assertEquals(TextAnalysis.analyze(fresh, text), reused.get(i), text);
      }
    }
  }

  @Test
  void randomUnicodeNeverBreaksAnalysis() {
    Random random = new Random(20230913L);
    try (FrenchNewsAnalyzer analyzer = new FrenchNewsAnalyzer(AnalyzerSpec.defaults())) {
      for (int i = 0; i < 2_000; i++) {
        String text = randomText(random);
        AnalyzedText result = TextAnalysis.analyze(analyzer, text);
        assertEquals(result.terms().size(), result.surfaces().size(), () -> escape(text));
        for (String term : result.terms()) {
          assertTrue(!term.isEmpty(), () -> escape(text));
        }
      }
    }
  }

  /** Mixes French words and punctuation with hostile code points and lone surrogates. */
  private static String randomText(Random random) {
    int[][] ranges = {
      {0x0000, 0x001F}, // controls, NUL included
      {0x0020, 0x007E}, // ASCII
      {0x00A0, 0x00FF}, // Latin-1, no-break space, ´
      {0x0300, 0x036F}, // combining marks
      {0x0590, 0x05FF}, // Hebrew
      {0x0600, 0x06FF}, // Arabic, Arabic-Indic digits
      {0x200B, 0x206F}, // zero-width, bidi controls, typographic quotes
      {0xD800, 0xDFFF}, // surrogates, appended as lone chars
      {0x1F300, 0x1FAFF}, // emoji
      {0x4E00, 0x4E40}, // CJK
      {0xFF00, 0xFFFF}, // fullwidth forms, specials
    };
    String[] words = {
      "l’", "d'", "Kim", "Jong-un", "M.", "1er", "été", "«\u202F", "qu’", "-", "aujourd’hui"
    };
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(60);
    for (int i = 0; i < length; i++) {
      if (random.nextInt(5) == 0) {
        text.append(words[random.nextInt(words.length)]);
        continue;
      }
      int[] range = ranges[random.nextInt(ranges.length)];
      int codePoint = range[0] + random.nextInt(range[1] - range[0] + 1);
      if (codePoint <= 0xFFFF) {
        text.append((char) codePoint);
      } else {
        text.appendCodePoint(codePoint);
      }
    }
    return text.toString();
  }

  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder();
    text.chars().forEach(c -> escaped.append(String.format("\\u%04X", c)));
    return escaped.toString();
  }

  private static List<String> sampleParagraphs() throws IOException {
    Path dir = Path.of(System.getProperty("sujets.sample.dir", "data/sample"));
    List<String> paragraphs = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        for (String paragraph : Files.readString(file, StandardCharsets.UTF_8).split("\n\n")) {
          paragraphs.add(paragraph);
        }
      }
    }
    assertTrue(paragraphs.size() > 50, "sample paragraphs: " + paragraphs.size());
    return paragraphs;
  }
}
