package org.sujets.analysis;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;

class FrenchNewsStopWordsTest {

  private static final List<String> REQUIRED =
      List.of(
          "m", "mm", "mme", "mmes", "selon", "a", "ont", "été", "plus", "cette", "ces", "cet",
          "aussi", "très", "tout", "tous", "toute", "toutes", "fait", "faire", "dit", "dire",
          "déjà", "depuis", "après", "avant", "lors", "entre", "encore", "ainsi", "alors", "comme",
          "donc", "dont", "où", "si", "sans", "sous", "sur", "vers", "chez", "mais", "ou", "ni",
          "car", "être", "avoir", "avait", "sera", "seront", "serait", "sont", "était", "étaient",
          "peut", "peuvent", "doit", "bien", "non", "oui", "qui", "que", "quoi", "quand",
          "comment", "pourquoi", "aujourd'hui", "hier", "demain", "un", "une", "deux", "trois",
          "an", "ans", "année", "afin", "autre", "autres", "lequel", "laquelle", "lesquels",
          "celui", "celle", "ceux", "celles", "leur", "leurs", "y", "en", "il", "ils", "elle",
          "elles", "on", "nous", "vous", "je", "tu", "t", "qu", "jusqu", "lorsqu", "puisqu",
          "quelque", "quelques", "plusieurs", "chaque", "même", "mêmes", "fois", "notamment",
          "également", "toujours", "jamais", "moins", "peu", "beaucoup", "trop", "ici", "là",
          "cela", "ça", "ceci", "rien", "tant", "tandis", "pendant", "durant", "contre", "parmi",
          "via", "dès", "jusque", "puis", "ensuite", "enfin", "c'est", "n'est", "déclaré",
          "indiqué", "affirmé", "expliqué", "ajouté", "rapporté", "estimé",
          // from Lucene's French set
          "le", "la", "les", "du", "des", "au", "aux", "avec", "pour", "par");

  @Test
  void containsLuceneAndNewsFunctionWords() {
    CharArraySet stopWords = FrenchNewsStopWords.defaults();
    for (String word : REQUIRED) {
      assertTrue(stopWords.contains(word), word);
    }
  }

  @Test
  void keepsContentWords() {
    CharArraySet stopWords = FrenchNewsStopWords.defaults();
    for (String word : List.of("russie", "kim", "guerre", "satellite", "coréen", "état")) {
      assertTrue(!stopWords.contains(word), word);
    }
  }

  @Test
  void isUnmodifiable() {
    assertThrows(
        UnsupportedOperationException.class, () -> FrenchNewsStopWords.defaults().add("kim"));
  }
}
