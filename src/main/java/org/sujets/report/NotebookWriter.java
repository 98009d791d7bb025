package org.sujets.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sujets.topics.ArticleShare;
import org.sujets.topics.TopicSummary;
import org.sujets.topics.WeightedWord;

/**
 * The run's notebook (nbformat 4.5). Every output is pre-filled, so it renders on GitHub or in
 * JupyterLab without being executed; executed in the run's folder, its code cells recompute the
 * same outputs from topics.json, keywords.json and charts/*.png. Untrusted text only ever goes
 * into Markdown cells, escaped by {@link Escape#markdown}.
 */
final class NotebookWriter {
  static final String VEGA_LITE = VegaLiteSpecs.MIME_TYPE;
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final List<ObjectNode> cells = new ArrayList<>();
  private int executionCount = 0;

  private NotebookWriter() {}

  static String notebook(ReportData data, List<RenderedChart> charts) {
    NotebookWriter w = new NotebookWriter();
    w.build(data, charts);
    ObjectNode nb = F.objectNode();
    ArrayNode cellArray = nb.putArray("cells");
    w.cells.forEach(cellArray::add);
    ObjectNode meta = nb.putObject("metadata");
    ObjectNode ks = meta.putObject("kernelspec");
    ks.put("display_name", "Python 3");
    ks.put("language", "python");
    ks.put("name", "python3");
    meta.putObject("language_info").put("name", "python");
    nb.put("nbformat", 4);
    nb.put("nbformat_minor", 5);
    // One-space indent, one item a line: the notebook diffs well and stays small.
    DefaultPrettyPrinter pp =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter(" ", "\n"))
            .withArrayIndenter(new DefaultIndenter(" ", "\n"));
    try {
      return MAPPER.writer(pp).writeValueAsString(nb) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- content

  private void build(ReportData data, List<RenderedChart> charts) {
    String title = data.title() == null || data.title().isBlank() ? "Run" : data.title();
    markdown(
        "# Rapport Sujets : " + Escape.markdown(title) + "\n\n"
            + "Sujets (LDA) et mots-clés d'un corpus d'articles. Les sorties de ce notebook sont "
            + "déjà remplies ; exécuté dans le dossier du run, il les recalcule à partir de "
            + "`topics.json`, `keywords.json`, `run.json`, `articles.csv` et `charts/`.");
    markdown(countsAndParameters(data));
    code(setupSource(data.topics()), List.of());
    for (RenderedChart r : charts) {
      markdown("## " + Escape.markdown(r.title()));
      code(VegaLiteSpecs.pythonCall(r.name()), List.of(chartOutput(r, data)));
    }
    if (!data.topics().isEmpty()) {
      markdown(topicTable(data.topics(), !data.byMonth().isEmpty()));
      if (!data.byMonth().isEmpty()) {
        markdown(NotebookOverTime.emerging(data));
      }
      if (!data.wordsByMonth().isEmpty()) {
        markdown(NotebookOverTime.wordsByMonth(data));
      }
      markdown(representativeArticles(data.topics()));
    }
    if (!data.corpusKeywords().isEmpty()) {
      markdown(keywordTable(data.corpusKeywords()));
    }
  }

  private static String countsAndParameters(ReportData data) {
    StringBuilder md = new StringBuilder("## Paramètres et comptes\n\n");
    RunCounts c = data.counts();
    if (c != null) {
      md.append("| Compte | Valeur |\n| --- | ---: |\n");
      row(md, "Fichiers lus", c.filesRead());
      row(md, "Enregistrements lus", c.recordsRead());
      row(md, "Enregistrements ignorés (illisibles)", c.recordsSkipped());
      row(md, "Articles vides", c.emptyArticles());
      row(md, "Fichiers relus en windows-1252", c.redecoded());
      row(md, "Articles analysés", c.articles());
      row(md, "Mots (tokens) retenus", c.tokens());
      row(md, "Taille du vocabulaire", c.vocabularySize());
      md.append('\n');
    }
    Map<String, Object> params = data.parameters() == null ? Map.of() : data.parameters();
    if (!params.isEmpty()) {
      md.append("| Paramètre | Valeur |\n| --- | --- |\n");
      params.forEach(
          (k, v) ->
              md.append("| ")
                  .append(Escape.markdown(k))
                  .append(" | ")
                  .append(Escape.markdown(String.valueOf(v)))
                  .append(" |\n"));
    }
    return md.toString();
  }

  /** The chart's PNG, with its Vega-Lite spec when it has one: JupyterLab prefers the spec. */
  private static ObjectNode chartOutput(RenderedChart r, ReportData data) {
    ObjectNode spec = VegaLiteSpecs.spec(r.name(), data);
    ObjectNode out = F.objectNode();
    out.put("output_type", "display_data");
    ObjectNode bundle = out.putObject("data");
    bundle.put("image/png", Base64.getEncoder().encodeToString(r.png()));
    bundle.put("text/plain", "<graphique " + r.name() + ">");
    if (spec != null) {
      bundle.set(VEGA_LITE, spec);
    }
    out.putObject("metadata");
    return out;
  }

  /** The topics; with months, a column says which are emerging. */
  private static String topicTable(List<TopicSummary> topics, boolean months) {
    StringBuilder t = new StringBuilder("## Sujets\n\n");
    t.append(months
        ? "| Sujet | Libellé | Prévalence | Émergent | Mots principaux |\n| ---: | --- | ---: | :---: | --- |\n"
        : "| Sujet | Libellé | Prévalence | Mots principaux |\n| ---: | --- | ---: | --- |\n");
    for (TopicSummary s : topics) {
      List<String> words = new ArrayList<>();
      for (WeightedWord w : s.words()) {
        if (words.size() == TopicWordsChart.WORDS_PER_PANEL) {
          break;
        }
        words.add(Escape.markdown(w.word()));
      }
      t.append("| ")
          .append(s.id())
          .append(" | ")
          .append(Escape.markdown(s.label()))
          .append(" | ")
          .append(pct(s.prevalence()))
          .append(" | ")
          .append(months ? (s.emerging() ? "**oui** | " : "— | ") : "")
          .append(String.join(", ", words))
          .append(" |\n");
    }
    return t.toString();
  }

  private static String representativeArticles(List<TopicSummary> topics) {
    StringBuilder a = new StringBuilder("## Articles représentatifs\n");
    for (TopicSummary s : topics) {
      a.append("\n**Sujet ").append(s.id()).append(" · ").append(Escape.markdown(s.label())).append("**\n\n");
      if (s.articles().isEmpty()) {
        a.append("- (aucun article)\n");
      }
      for (ArticleShare art : s.articles()) {
        String shown = art.title() == null || art.title().isBlank() ? art.id() : art.title();
        a.append("- ")
            .append(Escape.markdown(shown))
            .append(" (")
            .append(pct(art.share()))
            .append(", ")
            .append(Escape.markdown(art.id()))
            .append(")\n");
      }
    }
    return a.toString();
  }

  private static String keywordTable(List<Keyword> kw) {
    StringBuilder k = new StringBuilder("## Mots-clés du corpus\n\n| Rang | Mot | Spécificité |\n| ---: | --- | ---: |\n");
    int rank = 1;
    for (Keyword w : kw) {
      k.append("| ").append(rank++).append(" | ").append(Escape.markdown(w.word())).append(" | ")
          .append(String.format(Locale.ROOT, "%.1f", w.score())).append(" |\n");
    }
    return k.toString();
  }

  private static void row(StringBuilder md, String name, long value) {
    md.append("| ").append(name).append(" | ").append(value).append(" |\n");
  }

  private static String pct(double v) {
    return String.format(Locale.FRANCE, "%.1f %%", v * 100);
  }

  // ---------------------------------------------------------------- cells

  private String nextId() {
    return String.format(Locale.ROOT, "cell-%03d", cells.size() + 1);
  }

  private void markdown(String text) {
    ObjectNode cell = F.objectNode();
    cell.put("cell_type", "markdown");
    cell.put("id", nextId());
    cell.putObject("metadata");
    cell.set("source", lines(text));
    cells.add(cell);
  }

  private void code(String source, List<ObjectNode> outputs) {
    ObjectNode cell = F.objectNode();
    cell.put("cell_type", "code");
    cell.put("execution_count", ++executionCount);
    cell.put("id", nextId());
    cell.putObject("metadata");
    ArrayNode outs = cell.putArray("outputs");
    outputs.forEach(outs::add);
    cell.set("source", lines(source));
    cells.add(cell);
  }

  /** nbformat's multiline string: a list of lines, each but the last ending in "\n". */
  static ArrayNode lines(String text) {
    ArrayNode a = F.arrayNode();
    String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    String[] parts = t.split("\n", -1);
    for (int i = 0; i < parts.length; i++) {
      a.add(i < parts.length - 1 ? parts[i] + "\n" : parts[i]);
    }
    return a;
  }

  // ---------------------------------------------------------------- setup cell

  /** Loads the run's files, defines the Vega-Lite twins and show_chart, which the chart cells call. */
  private static String setupSource(List<TopicSummary> topics) {
    StringBuilder palette = new StringBuilder("PALETTE = {");
    for (int i = 0; i < topics.size(); i++) {
      if (i > 0) {
        palette.append(", ");
      }
      palette.append(topics.get(i).id()).append(": '").append(Palette.hex(topics.get(i).id())).append('\'');
    }
    palette.append('}');
    String load =
        LOAD.formatted(
            palette,
            VegaLiteSpecs.hex(Palette.NEUTRAL),
            VegaLiteSpecs.SCHEMA,
            TopicWordsChart.MAX_WORD_PANELS,
            TopicWordsChart.WORDS_PER_PANEL,
            KeywordsChart.MAX_KEYWORDS);
    return String.join("\n\n\n", load, VegaLiteSpecs.PYTHON, SHOW_CHART);
  }

  private static final String LOAD =
      """
      # Recalcule les sorties de ce rapport à partir des fichiers du run (dossier de ce notebook).
      import base64
      import json
      from pathlib import Path

      import pandas as pd
      from IPython.display import display

      RUN = Path('.')
      topics = json.loads((RUN / 'topics.json').read_text(encoding='utf-8'))['topics']
      keywords = json.loads((RUN / 'keywords.json').read_text(encoding='utf-8'))['corpus']
      run = json.loads((RUN / 'run.json').read_text(encoding='utf-8'))
      articles = pd.read_csv(RUN / 'articles.csv', keep_default_na=False)
      %s
      NEUTRAL = '%s'
      SCHEMA = '%s'
      MAX_WORD_PANELS, WORDS_PER_PANEL, MAX_KEYWORDS = %d, %d, %d""";

  private static final String SHOW_CHART =
      """
      def show_chart(chart, spec=None):
          png = (RUN / 'charts' / f'{chart}.png').read_bytes()
          bundle = {'image/png': base64.b64encode(png).decode('ascii'), 'text/plain': f'<graphique {chart}>'}
          if spec is not None:
              bundle['application/vnd.vegalite.v5+json'] = spec
          display(bundle, raw=True)""";
}
