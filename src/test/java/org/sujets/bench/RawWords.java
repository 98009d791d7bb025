package org.sujets.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The peer benchmark's one tokenisation of raw text: NFC, lowercase, maximal runs of letters and
 * digits ({@code l'Élysée} gives [l, élysée], {@code Jong-un} [jong, un]). bench/quality/peers.py
 * applies the same rule ({@code [^\W_]+} on the NFC lowercase text) for c_v and for the peers'
 * own reading, so every system's shown words are looked up in the same tokens.
 */
final class RawWords {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private RawWords() {}

  static List<String> of(String text) {
    String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(lower);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }
}
