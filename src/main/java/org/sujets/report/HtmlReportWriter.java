package org.sujets.report;

import org.sujets.topics.TopicSummary;
import org.sujets.topics.ArticleShare;
import org.sujets.topics.WeightedWord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The run's self-contained HTML page: inline CSS and JS, charts as SVG data URIs, a strict CSP,
 * no fetch of anything. Every piece of data is escaped ({@link Escape#html}); the topics'
 * representative articles travel as JSON in a non-executed {@code <script type=application/json>}
 * (escaped by {@link Escape#jsonForScript}) and are put in the page with {@code textContent}.
 */
final class HtmlReportWriter {
  static final String CSP =
      "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private HtmlReportWriter() {}

  static String html(ReportData data, List<RenderedChart> charts) {
    String title = data.title() == null || data.title().isBlank() ? "Run" : data.title();
    StringBuilder h = new StringBuilder(1 << 20);
    head(h, title);
    header(h, title, data, charts);
    h.append("<main>\n");
    summary(h, data);
    if (!data.topics().isEmpty()) {
      topics(h, data.topics());
    }
    if (!charts.isEmpty()) {
      charts(h, charts);
    }
    if (!data.corpusKeywords().isEmpty()) {
      keywords(h, data.corpusKeywords());
    }
    h.append("</main>\n<footer>Généré par Sujets. Page autonome : aucune ressource externe.</footer>\n");
    // Data as inert JSON, read by the page's own script: nothing from the run is ever code.
    h.append("<script type=\"application/json\" id=\"report-data\">")
        .append(Escape.jsonForScript(json(data.topics())))
        .append("</script>\n<script>\n").append(JS).append("</script>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void head(StringBuilder h, String title) {
    h.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<title>Sujets · ").append(Escape.html(title)).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
  }

  /** The page title and a link to each section present. */
  private static void header(StringBuilder h, String title, ReportData data, List<RenderedChart> charts) {
    h.append("<header><h1>Rapport Sujets</h1><p class=\"sub\">")
        .append(Escape.html(title)).append("</p>\n<nav><a href=\"#resume\">Résumé</a>");
    if (!data.topics().isEmpty()) {
      h.append(" <a href=\"#sujets\">Sujets</a>");
    }
    if (!charts.isEmpty()) {
      h.append(" <a href=\"#graphiques\">Graphiques</a>");
    }
    if (!data.corpusKeywords().isEmpty()) {
      h.append(" <a href=\"#mots-cles\">Mots-clés</a>");
    }
    h.append("</nav></header>\n");
  }

  private static void summary(StringBuilder h, ReportData data) {
    h.append("<section id=\"resume\"><h2>Résumé du run</h2>\n<div class=\"cols\">\n");
    RunCounts c = data.counts();
    if (c != null) {
      h.append("<table class=\"kv\"><caption>Comptes</caption><tbody>\n");
      kv(h, "Fichiers lus", c.filesRead());
      kv(h, "Enregistrements lus", c.recordsRead());
      kv(h, "Enregistrements ignorés (illisibles)", c.recordsSkipped());
      kv(h, "Articles vides", c.emptyArticles());
      kv(h, "Fichiers relus en windows-1252", c.redecoded());
      kv(h, "Articles analysés", c.articles());
      kv(h, "Mots (tokens) retenus", c.tokens());
      kv(h, "Taille du vocabulaire", c.vocabularySize());
      h.append("</tbody></table>\n");
    }
    Map<String, Object> params = data.parameters() == null ? Map.of() : data.parameters();
    if (!params.isEmpty()) {
      h.append("<table class=\"kv\"><caption>Paramètres</caption><tbody>\n");
      params.forEach(
          (k, v) ->
              h.append("<tr><th scope=\"row\">").append(Escape.html(k)).append("</th><td>")
                  .append(Escape.html(String.valueOf(v))).append("</td></tr>\n"));
      h.append("</tbody></table>\n");
    }
    h.append("</div></section>\n");
  }

  /** The topic table, and the panel the page's script fills with the clicked topic's articles. */
  private static void topics(StringBuilder h, List<TopicSummary> topics) {
    h.append("<section id=\"sujets\"><h2>Sujets</h2>\n")
        .append("<p class=\"hint\">Cliquez sur un sujet pour voir ses articles représentatifs.</p>\n")
        .append("<div class=\"topics\">\n<table class=\"topic-table\"><thead><tr>")
        .append("<th scope=\"col\">Sujet</th><th scope=\"col\">Libellé</th>")
        .append("<th scope=\"col\" class=\"num\">Prévalence</th><th scope=\"col\">Mots principaux</th>")
        .append("</tr></thead><tbody>\n");
    for (TopicSummary t : topics) {
      h.append("<tr data-topic=\"").append(t.id()).append("\" tabindex=\"0\" role=\"button\" aria-pressed=\"false\">")
          .append("<td><span class=\"sw\" style=\"background:").append(Palette.hex(t.id())).append("\"></span>")
          .append(t.id()).append("</td><td>").append(Escape.html(t.label())).append("</td><td class=\"num\">")
          .append(pct(t.prevalence())).append("</td><td class=\"words\">").append(words(t)).append("</td></tr>\n");
    }
    h.append("</tbody></table>\n<aside id=\"articles\" aria-live=\"polite\">")
        .append("<h3 id=\"articles-title\">Articles représentatifs</h3>")
        .append("<noscript><p>JavaScript est désactivé : les articles de chaque sujet figurent aussi dans report.ipynb et topics.json.</p></noscript>")
        .append("<ol id=\"articles-list\"></ol></aside>\n</div></section>\n");
  }

  private static StringBuilder words(TopicSummary t) {
    StringBuilder words = new StringBuilder();
    int n = 0;
    for (WeightedWord w : t.words()) {
      if (n++ == TopicWordsChart.WORDS_PER_PANEL) {
        break;
      }
      if (words.length() > 0) {
        words.append(", ");
      }
      words.append(Escape.html(w.word()));
    }
    return words;
  }

  /** Each chart as an SVG data URI: the page stays one file, and sharp at any zoom. */
  private static void charts(StringBuilder h, List<RenderedChart> charts) {
    h.append("<section id=\"graphiques\"><h2>Graphiques</h2>\n");
    for (RenderedChart r : charts) {
      String b64 = Base64.getEncoder().encodeToString(r.svg().getBytes(StandardCharsets.UTF_8));
      h.append("<figure id=\"chart-").append(r.name()).append("\"><img src=\"data:image/svg+xml;base64,")
          .append(b64).append("\" width=\"").append(r.width()).append("\" height=\"").append(r.height())
          .append("\" alt=\"").append(Escape.html(r.title())).append("\"><figcaption>")
          .append(Escape.html(r.title())).append(" <span class=\"file\">charts/").append(r.name())
          .append(".png · .svg</span></figcaption></figure>\n");
    }
    h.append("</section>\n");
  }

  private static void keywords(StringBuilder h, List<Keyword> kw) {
    h.append("<section id=\"mots-cles\"><h2>Mots-clés du corpus</h2>\n<table class=\"kw\"><thead><tr>")
        .append("<th scope=\"col\" class=\"num\">Rang</th><th scope=\"col\">Mot</th><th scope=\"col\" class=\"num\">Spécificité</th>")
        .append("</tr></thead><tbody>\n");
    int rank = 1;
    for (Keyword k : kw) {
      h.append("<tr><td class=\"num\">").append(rank++).append("</td><td>").append(Escape.html(k.word()))
          .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%.1f", k.score()))
          .append("</td></tr>\n");
    }
    h.append("</tbody></table></section>\n");
  }

  private static void kv(StringBuilder h, String k, long v) {
    h.append("<tr><th scope=\"row\">").append(Escape.html(k)).append("</th><td class=\"num\">")
        .append(String.format(Locale.FRANCE, "%,d", v).replace('\u202F', ' ').replace('\u00A0', ' '))
        .append("</td></tr>\n");
  }

  private static String pct(double v) {
    return String.format(Locale.FRANCE, "%.1f %%", v * 100);
  }

  private static String json(List<TopicSummary> topics) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode ts = root.putArray("topics");
    for (TopicSummary t : topics) {
      ObjectNode o = ts.addObject();
      o.put("id", t.id());
      o.put("label", t.label());
      o.put("color", Palette.hex(t.id()));
      ArrayNode arts = o.putArray("articles");
      for (ArticleShare a : t.articles()) {
        arts.addObject().put("id", a.id()).put("title", a.title()).put("share", a.share());
      }
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String CSS =
      """
      :root { --fg: #222; --muted: #666; --line: #ddd; --bg: #fff; --accent: #0067A5; }
      * { box-sizing: border-box; }
      body { margin: 0; font: 15px/1.5 "DejaVu Sans", "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--fg); background: var(--bg); }
      header { padding: 1.2rem 2rem .6rem; border-bottom: 1px solid var(--line); }
      h1 { margin: 0; font-size: 1.6rem; }
      .sub { margin: .2rem 0 .6rem; color: var(--muted); overflow-wrap: anywhere; }
      nav a { margin-right: 1rem; color: var(--accent); text-decoration: none; }
      main { padding: 0 2rem 2rem; max-width: 1400px; }
      h2 { margin-top: 2rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
      .cols { display: flex; flex-wrap: wrap; gap: 2rem; align-items: flex-start; }
      table { border-collapse: collapse; }
      caption { text-align: left; font-weight: bold; padding: .3rem 0; }
      th, td { padding: .25rem .6rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; overflow-wrap: anywhere; }
      th[scope=row] { font-weight: normal; color: var(--muted); }
      .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
      .hint { color: var(--muted); }
      .topics { display: grid; grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr); gap: 1.5rem; align-items: start; }
      @media (max-width: 900px) { .topics { grid-template-columns: 1fr; } }
      .topic-table th { white-space: nowrap; }
      .topic-table tbody tr { cursor: pointer; }
      .topic-table tbody tr:hover, .topic-table tbody tr:focus { background: #f3f6fa; outline: none; }
      .topic-table tbody tr.selected { background: #e6eef7; }
      .words { color: var(--muted); font-size: .92em; }
      .sw { display: inline-block; width: .9em; height: .9em; border-radius: 2px; margin-right: .4em; vertical-align: -.1em; }
      #articles { position: sticky; top: 1rem; border: 1px solid var(--line); border-radius: 6px; padding: .6rem 1rem; }
      #articles-title { margin: .2rem 0 .6rem; border-left: 6px solid var(--line); padding-left: .5rem; font-size: 1.05rem; overflow-wrap: anywhere; }
      #articles-list { margin: 0; padding-left: 1.4rem; }
      #articles-list li { margin-bottom: .5rem; overflow-wrap: anywhere; }
      #articles-list .meta { display: block; color: var(--muted); font-size: .85em; }
      figure { margin: 1.2rem 0 2rem; }
      figure img { max-width: 100%; height: auto; border: 1px solid var(--line); }
      figcaption { color: var(--muted); font-size: .9em; }
      .file { font-family: "DejaVu Sans Mono", monospace; font-size: .85em; margin-left: .5rem; }
      footer { padding: 1rem 2rem; color: var(--muted); border-top: 1px solid var(--line); font-size: .85em; }
      """;

  private static final String JS =
      """
      (function () {
        'use strict';
        var node = document.getElementById('report-data');
        var data = node ? JSON.parse(node.textContent) : { topics: [] };
        var rows = Array.prototype.slice.call(document.querySelectorAll('tr[data-topic]'));
        var heading = document.getElementById('articles-title');
        var list = document.getElementById('articles-list');
        if (!heading || !list) { return; }
        function pct(x) {
          return (Math.round(x * 1000) / 10).toLocaleString('fr-FR', { minimumFractionDigits: 1 }) + ' %';
        }
        function show(id) {
          var topic = null;
          data.topics.forEach(function (t) { if (t.id === id) { topic = t; } });
          if (!topic) { return; }
          rows.forEach(function (r) {
            var on = Number(r.getAttribute('data-topic')) === id;
            r.classList.toggle('selected', on);
            r.setAttribute('aria-pressed', on ? 'true' : 'false');
          });
          heading.textContent = 'Sujet ' + topic.id + ' · ' + topic.label;
          heading.style.borderLeftColor = topic.color;
          while (list.firstChild) { list.removeChild(list.firstChild); }
          if (!topic.articles.length) {
            var none = document.createElement('li');
            none.textContent = 'Aucun article représentatif.';
            list.appendChild(none);
          }
          topic.articles.forEach(function (a) {
            var li = document.createElement('li');
            var title = document.createElement('span');
            title.textContent = a.title || a.id;
            var meta = document.createElement('span');
            meta.className = 'meta';
            meta.textContent = pct(a.share) + ' de l\\u2019article · ' + a.id;
            li.appendChild(title);
            li.appendChild(meta);
            list.appendChild(li);
          });
        }
        rows.forEach(function (r) {
          var id = Number(r.getAttribute('data-topic'));
          r.addEventListener('click', function () { show(id); });
          r.addEventListener('keydown', function (e) {
            if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); show(id); }
          });
        });
        if (data.topics.length) { show(data.topics[0].id); }
      })();
      """;
}
