package org.sujets.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypographicCharFilterTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "l’État | l'État",
      "aujourd\u02BChui | aujourd'hui",
      "‘quote´ `x＇ 5′ | 'quote' 'x' 5'",
      "«\u202FNon\u00A0!\u202F» 1\u2007000 | « Non ! » 1 000",
      "Vostotchny | Vostotchny"})
  void foldsOneCharForOne(String text, String expected) throws IOException {
    for (int chunk : new int[] {1, 3, 4096}) { // the tokenizer reads in chunks of any size
      try (TypographicCharFilter filter = new TypographicCharFilter(new StringReader(text))) {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[chunk];
        for (int n; (n = filter.read(buffer, 0, chunk)) > 0; ) {
          out.append(buffer, 0, n);
        }
        assertEquals(expected, out.toString(), "chunk " + chunk);
        assertEquals(text.length(), filter.correctOffset(text.length()));
        assertEquals(2, filter.correctOffset(2));
      }
    }
  }
}
