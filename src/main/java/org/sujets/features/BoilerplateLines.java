package org.sujets.features;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sujets.analysis.TypographicChars;

/**
 * Line-level rules that tell web boilerplate from article text, in plain Java (serializable,
 * shipped in Spark closures). Three rules, applied to each line:
 *
 * <ol>
 *   <li><b>learned</b>: the line's {@linkplain #normalize normal form} is in the set learned for
 *       the article's source (lines repeated across many articles of one source);
 *   <li><b>pattern</b>: the line matches one of the built-in French web-news {@link #PATTERNS}
 *       (newsletter forms, subscription notices, "Temps de lecture", "À lire aussi", agency
 *       bylines, comment headers such as {@code @ pseudo, le 13/09/2023 à 23 : 13}), which
 *       frequency cannot learn on a small corpus; a trailing photo credit ({@code © NAME / AFP})
 *       is cut from its line;
 *   <li><b>comments</b>: a line that opens a reader-comment section ({@code Commentaires (30)},
 *       {@code 12 commentaires}, {@code Réagir à cet article}, {@code Leave a Reply}) ends the
 *       article: it and every line after it are dropped, because what follows is readers' text,
 *       not the article. The rule applies only once some article text has been kept above it, so
 *       a counter at the top of a page cannot erase the article.
 * </ol>
 */
public final class BoilerplateLines implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Built-in boilerplate, matched against the whole normalised line (digits read as 0). */
  static final List<Pattern> PATTERNS = compile(
      "temps de lecture ?: ?0 ?(min|minutes?)\\.?",
      "lecture audio réservée aux abonnés\\.?",
      "(écouter|écoutez) (cet|l') ?article.{0,30}",
      "votre adresse e-?mail n'est pas valide\\.?",
      "veuillez (renseigner|saisir) (votre|une) adresse e-?mail( valide)?\\.?",
      "merci ?!",
      "votre inscription a bien été prise en compte.{0,60}",
      "pour découvrir toutes nos autres newsletters.{0,80}",
      "en vous inscrivant,? vous acceptez.{0,160}",
      "(la|notre) newsletter .{1,40}",
      "inscrivez-vous à (la|notre|nos) newsletters?.{0,60}",
      "recevez (le meilleur|chaque|tous les|notre).{0,80}",
      "tous les (lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches|jours|matins|soirs)( à 0 ?h( ?0)?)?",
      "(à|a) ne pas manquer",
      "(à|a) lire aussi.{0,200}",
      "lire aussi ?:.{0,200}",
      "(à|a) voir aussi.{0,200}",
      "ce (service|contenu|article) est réservé aux abonnés.{0,40}",
      "vous ne pouvez plus réagir aux articles.{0,200}",
      "0 ?/ ?0",
      "voir les conditions d'utilisation",
      "lire la charte de modération",
      "s'identifier|se connecter|s'abonner|abonnez-vous.{0,60}|déjà abonné ?\\??.{0,40}",
      "par [\\p{L}. '\\-]{1,40} avec (l')?(afp|reuters|ap|ansa|belga)",
      "\\(?avec (l')?(afp|reuters|ap)\\)?",
      "publié le 0/0/0.{0,40}|mis à jour le 0/0/0.{0,40}",
      "partager( sur)?( facebook| twitter| x| linkedin| whatsapp| par e-?mail)*|copier le lien",
      "your email address will not be published.{0,80}|required fields are marked.{0,20}",
      "@ ?.{0,60},? le 0/0/0 à 0 ?[:h] ?0");

  /** The {@link #PATTERNS} as one alternation: one matcher per line instead of one per pattern. */
  private static final Pattern ANY_PATTERN = Pattern.compile(
      PATTERNS.stream().map(p -> "(?:" + p.pattern() + ")").collect(java.util.stream.Collectors.joining("|")));

  /** Lines that open a reader-comment section. */
  static final Pattern COMMENTS = Pattern.compile(
      "commentaires? ?\\(0\\)|0 commentaires?|réagi(r|ssez) à cet article|leave a reply"
          + "|les commentaires sont fermés|ajouter un commentaire|(voir|afficher) les commentaires");

  /** A trailing photo credit: "© NAME / POOL / AFP". */
  private static final Pattern CREDIT = Pattern.compile("\\s*©[^©]{0,80}$");

  private final Set<String> learned;
  private final boolean usePatterns;

  /**
   * @param learned lines learned as boilerplate, as {@link #key} (source, normal form)
   * @param usePatterns also apply the built-in patterns and the reader-comment rule
   */
  public BoilerplateLines(Set<String> learned, boolean usePatterns) {
    this.learned = Set.copyOf(learned);
    this.usePatterns = usePatterns;
  }

  /** A text without its boilerplate, and the removed lines (trimmed originals). */
  public record Cleaned(String text, List<String> removed) {}

  /**
   * The normal form of a line, for counting and matching: NFC, lowercase, apostrophes folded,
   * digits runs read as 0, bullets stripped, white space collapsed.
   */
  public static String normalize(String line) {
    String s = Normalizer.isNormalized(line, Normalizer.Form.NFC) ? line : Normalizer.normalize(line, Normalizer.Form.NFC);
    if (!TypographicChars.lowersAlone(s, 0, s.length())) {
      s = s.toLowerCase(Locale.ROOT);
    }
    // One pass into a char array, lowercasing as it goes (this runs on every line of every
    // article, twice: learning, then cleaning; a separate toLowerCase and StringBuilder.append
    // were half of the cleaning's time).
    char[] out = new char[s.length()];
    int length = 0;
    boolean space = false;
    boolean digits = false;
    for (int i = 0; i < s.length(); i++) {
      char c = Character.toLowerCase(s.charAt(i));
      if (TypographicChars.isSpace(c)) {
        space = length > 0;
        digits = false;
        continue;
      }
      if (space) {
        out[length++] = ' ';
        space = false;
      }
      boolean digit = c >= '0' && c <= '9';
      if (!(digit && digits)) {
        out[length++] = digit ? '0' : TypographicChars.isApostrophe(c) ? '\'' : c;
      }
      digits = digit;
    }
    String trimmed = new String(out, 0, length).trim();
    int start = 0;
    while (start < trimmed.length() && BULLETS.indexOf(trimmed.charAt(start)) >= 0) {
      start++;
    }
    return start == 0 ? trimmed : trimmed.substring(start).trim();
  }

  /** Leading bullet characters stripped from a line. */
  private static final String BULLETS = "•·-–—*>|";

  /** The distinct normal forms of a text's non-blank lines up to {@code maxChars} long. */
  public static List<String> distinctLines(String text, int maxChars) {
    Set<String> lines = new LinkedHashSet<>();
    if (text != null) {
      for (String line : lines(text)) {
        String n = normalize(line);
        if (!n.isEmpty() && n.length() <= maxChars) {
          lines.add(n);
        }
      }
    }
    return new ArrayList<>(lines);
  }

  /** The learned-line key of a normalised line of a source (null source reads as ""). */
  public static String key(String source, String normalizedLine) {
    return (source == null ? "" : source) + SEPARATOR + normalizedLine;
  }

  /** Separates source and line in a {@link #key}. */
  public static final char SEPARATOR = '\u001F';

  /** Removes the boilerplate lines of an article of {@code source}. */
  public Cleaned clean(String text, String source) {
    String prefix = key(source, "");
    if (text == null || text.isEmpty()) {
      return new Cleaned(text, List.of());
    }
    List<String> lines = lines(text);
    StringBuilder kept = new StringBuilder(text.length());
    List<String> removed = new ArrayList<>();
    boolean keptText = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String n = normalize(line);
      if (n.isEmpty()) {
        kept.append(line).append('\n');
        continue;
      }
      if (usePatterns && keptText && COMMENTS.matcher(n).matches()) {
        for (int j = i; j < lines.size(); j++) {
          if (!lines.get(j).isBlank()) {
            removed.add(lines.get(j).strip());
          }
        }
        break;
      }
      if (learned.contains(prefix + n) || (usePatterns && matchesPattern(n))) {
        removed.add(line.strip());
        continue;
      }
      if (usePatterns && line.indexOf('©') >= 0) {
        var credit = CREDIT.matcher(line);
        if (credit.find()) {
          removed.add(credit.group().strip());
          line = line.substring(0, credit.start());
        }
      }
      keptText = true;
      kept.append(line).append('\n');
    }
    return new Cleaned(kept.toString(), removed);
  }

  static boolean matchesPattern(String normalized) {
    return ANY_PATTERN.matcher(normalized).matches();
  }

  /**
   * The lines of {@code text}, split at every line break {@code \R} matches (CR LF, LF, CR, VT,
   * FF, NEL, U+2028, U+2029), the last line included even when empty: what {@code
   * Pattern.compile("\\R").split(text, -1)} gives, without a regular expression.
   */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return lines;
  }

  private static List<Pattern> compile(String... regexes) {
    List<Pattern> patterns = new ArrayList<>();
    for (String r : regexes) {
      patterns.add(Pattern.compile(r));
    }
    return List.copyOf(patterns);
  }
}
