package org.sujets.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnalyzerSpecTest {

  @Test
  void defaults() {
    assertEquals(new AnalyzerSpec(Stemmer.LIGHT, List.of(), 2), AnalyzerSpec.defaults());
  }

  @Test
  void stopWordsAreTrimmedLowercasedNormalisedAndDeduplicated() {
    String decomposed = "Re\u0301daction"; // e + combining acute, as some feeds send it
    AnalyzerSpec spec =
        new AnalyzerSpec(
            Stemmer.NONE, List.of("  AFP ", "", "   ", decomposed, "rédaction", "Lʼédito"), 2);
    assertEquals(List.of("afp", "rédaction", "l'édito"), spec.extraStopWords());
  }

  @Test
  void stopWordListIsACopy() {
    List<String> words = new ArrayList<>(List.of("afp"));
    AnalyzerSpec spec = new AnalyzerSpec(Stemmer.LIGHT, words, 2);
    words.add("reuters");
    assertEquals(List.of("afp"), spec.extraStopWords());
    assertThrows(UnsupportedOperationException.class, () -> spec.extraStopWords().add("x"));
  }

  @Test
  void rejectsNulls() {
    assertThrows(NullPointerException.class, () -> new AnalyzerSpec(null, List.of(), 2));
    assertThrows(NullPointerException.class, () -> new AnalyzerSpec(Stemmer.LIGHT, null, 2));
    assertThrows(
        NullPointerException.class,
        () -> new AnalyzerSpec(Stemmer.LIGHT, Arrays.asList("afp", null), 2));
  }

  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 21, 100})
  void rejectsMinTokenLengthOutOfRange(int length) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new AnalyzerSpec(Stemmer.LIGHT, List.of(), length));
    assertTrue(e.getMessage().contains(String.valueOf(length)), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 20})
  void acceptsMinTokenLengthInRange(int length) {
    assertEquals(length, new AnalyzerSpec(Stemmer.LIGHT, List.of(), length).minTokenLength());
  }

  @Test
  void survivesJavaSerialization() throws IOException, ClassNotFoundException {
    AnalyzerSpec spec = new AnalyzerSpec(Stemmer.SNOWBALL, List.of("afp", "reuters"), 3);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(spec);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(spec, in.readObject());
    }
  }

  @Test
  void extraStopWordsAreRemoved() {
    String text = "Par L.L avec AFP, Reuters et l’agence Interfax";
    try (FrenchNewsAnalyzer plain = new FrenchNewsAnalyzer(AnalyzerSpec.defaults());
        FrenchNewsAnalyzer custom =
            new FrenchNewsAnalyzer(
                new AnalyzerSpec(Stemmer.LIGHT, List.of("AFP", " reuters", "agence"), 2))) {
      assertEquals(
          List.of("l.l", "afp", "reuters", "agence", "interfax"),
          TextAnalysis.analyze(plain, text).surfaces());
      assertEquals(List.of("l.l", "interfax"), TextAnalysis.analyze(custom, text).surfaces());
    }
  }

  @Test
  void minTokenLengthDropsShortTokens() {
    try (FrenchNewsAnalyzer analyzer =
        new FrenchNewsAnalyzer(new AnalyzerSpec(Stemmer.NONE, List.of(), 4))) {
      assertEquals(
          List.of("russie", "pyongyang"),
          TextAnalysis.analyze(analyzer, "Kim en Russie, via Pyongyang").surfaces());
    }
  }
}
