package org.sujets.report;

import org.sujets.topics.TopicSummary;
import org.sujets.storage.Folder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * Writes the report of a realistic French run (8 topics, 12 articles, hostile titles) once, into
 * target/report-fixture (where .ci/check-html.sh and .ci/check-notebooks.sh can use it too),
 * and checks the charts, the notebook and the HTML page.
 */
class ReportWriterTest {
  static final Path OUT = Path.of("target", "report-fixture");
  static final List<String> EXPECTED =
      List.of(
          "topic-words", "topic-prevalence", "topic-map", "topic-tree", "article-topics", "keywords",
          "topics-by-month", "topic-words-by-month", "topics-by-source", "topics-by-section");
  static ReportData data;

  @BeforeAll
  static void writeReport() throws IOException {
    System.setProperty("java.awt.headless", "true");
    if (Files.exists(OUT)) {
      try (Stream<Path> s = Files.walk(OUT)) {
        s.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
    data = ReportFixture.build(8, 12);
    ReportFixture.writeRunFiles(data, OUT);
    new ReportWriter().write(data, Folder.local(OUT));
  }

  // ---------------------------------------------------------------- charts

  @Test
  void everyChartExistsAsDecodablePngAndParsableSvgOfTheSameSize() throws Exception {
    for (String name : EXPECTED) {
      Path png = OUT.resolve("charts/" + name + ".png");
      Path svg = OUT.resolve("charts/" + name + ".svg");
      assertTrue(Files.isRegularFile(png), png + " missing");
      assertTrue(Files.isRegularFile(svg), svg + " missing");
      BufferedImage img = ImageIO.read(png.toFile());
      assertNotNull(img, png + " does not decode");
      var f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setExpandEntityReferences(false);
      Element root = f.newDocumentBuilder().parse(svg.toFile()).getDocumentElement();
      assertEquals("svg", root.getLocalName() == null ? root.getTagName() : root.getLocalName());
      assertEquals(img.getWidth(), (int) Double.parseDouble(root.getAttribute("width").replace("px", "")), name);
      assertEquals(img.getHeight(), (int) Double.parseDouble(root.getAttribute("height").replace("px", "")), name);
      assertTrue(img.getWidth() >= 800 && img.getHeight() >= 300, name + " too small");
    }
    BufferedImage map = ImageIO.read(OUT.resolve("charts/topic-map.png").toFile());
    assertEquals(1200, map.getWidth());
    assertEquals(900, map.getHeight());
    BufferedImage words = ImageIO.read(OUT.resolve("charts/topic-words.png").toFile());
    assertEquals(3 * 420, words.getWidth()); // 8 topics: 3 columns
    assertEquals(64 + 3 * 340, words.getHeight());
    assertFalse(Files.exists(OUT.resolve("charts/dominant-topics.png")), "heatmap replaces it");
  }

  @Test
  void chartsUseTheTopicPaletteAndFrenchText() throws IOException {
    String svg = Files.readString(OUT.resolve("charts/topic-prevalence.svg"));
    for (TopicSummary t : data.topics()) {
      java.awt.Color c = Palette.color(t.id());
      String rgb = "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
      assertTrue(svg.contains(rgb), "colour of topic " + t.id() + " " + rgb);
    }
    assertTrue(svg.contains("Prévalence des sujets"));
    String kw = Files.readString(OUT.resolve("charts/keywords.svg"));
    assertTrue(kw.contains("« gouvernementales »"), "French quotes survive");
    String heat = Files.readString(OUT.resolve("charts/article-topics.svg"));
    assertFalse(heat.contains("<script>"), "titles are escaped in SVG text");
  }

  @Test
  void twentyTopicsRenderAtTheirLayout() throws IOException {
    // Kept in target/ so the charts of a larger run can be looked at.
    Path dir = Path.of("target", "report-preview-20");
    ReportData big = ReportFixture.build(20, 60);
    ReportFixture.writeRunFiles(big, dir);
    new ReportWriter().write(big, Folder.local(dir));
    BufferedImage words = ImageIO.read(dir.resolve("charts/topic-words.png").toFile());
    assertEquals(4 * 420, words.getWidth());
    assertEquals(64 + 5 * 340, words.getHeight());
    assertNotNull(ImageIO.read(dir.resolve("charts/topic-map.png").toFile()));
  }

  @Test
  void emptyDataSkipsChartsAndFallsBackToDominantTopics(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("charts"));
    Files.writeString(dir.resolve("charts/topics-by-month.png"), "stale");
    ReportData d = data;
    ReportData sparse =
        new ReportData(d.title(), d.counts(), d.parameters(), d.topics(), List.of(), d.topicDistances(),
            d.dominantTopicCounts(), List.of(), List.of(), List.of(), List.of(), List.of());
    new ReportWriter().write(sparse, Folder.local(dir));
    assertTrue(Files.exists(dir.resolve("charts/dominant-topics.png")));
    assertTrue(Files.exists(dir.resolve("charts/topic-map.svg")));
    for (String gone : List.of("article-topics", "keywords", "topics-by-month", "topics-by-source", "topics-by-section")) {
      assertFalse(Files.exists(dir.resolve("charts/" + gone + ".png")), gone);
    }
    assertTrue(Files.exists(dir.resolve("report.ipynb")));
    assertTrue(Files.exists(dir.resolve("report.html")));
  }

  @Test
  void noTopicsAtAllStillWritesAReport(@TempDir Path dir) throws IOException {
    ReportData empty =
        new ReportData("vide", new RunCounts(0, 0, 0, 0, 0, 0, 0, 0), java.util.Map.of(), List.of(), List.of(),
            new double[0][0], new long[0], List.of(), List.of(), List.of(), List.of(), List.of());
    new ReportWriter().write(empty, Folder.local(dir));
    try (Stream<Path> s = Files.list(dir.resolve("charts"))) {
      assertEquals(0, s.count());
    }
    assertTrue(Files.readString(dir.resolve("report.html")).contains("Rapport Sujets"));
  }

  // ---------------------------------------------------------------- MDS

  @Test
  void mdsPlacesIdenticalTopicsTogetherAndDistantOnesApart() {
    // Topics 1 and 2 identical (distance 0, same distances to the rest), 3 far from both.
    double[][] d = {
      {0, 0, 0.9, 0.5},
      {0, 0, 0.9, 0.5},
      {0.9, 0.9, 0, 0.6},
      {0.5, 0.5, 0.6, 0},
    };
    double[][] xy = ClassicalMds.embed(d);
    assertEquals(0, dist(xy[0], xy[1]), 1e-6);
    assertTrue(dist(xy[0], xy[2]) > 0.6, "distant topics apart: " + dist(xy[0], xy[2]));
    assertTrue(dist(xy[0], xy[2]) > dist(xy[0], xy[3]));
  }

  @Test
  void mdsRecoversAPlanarConfiguration() {
    double[][] p = {{0, 0}, {1, 0}, {0, 2}, {3, 1}, {-1, -1}, {2, 2.5}};
    double[][] d = new double[p.length][p.length];
    for (int i = 0; i < p.length; i++) {
      for (int j = 0; j < p.length; j++) {
        d[i][j] = dist(p[i], p[j]);
      }
    }
    double[][] xy = ClassicalMds.embed(d);
    for (int i = 0; i < p.length; i++) {
      for (int j = 0; j < p.length; j++) {
        assertEquals(d[i][j], dist(xy[i], xy[j]), 1e-5, i + "," + j);
      }
    }
  }

  @Test
  void mdsSmallCases() {
    assertEquals(0, ClassicalMds.embed(new double[0][0]).length);
    double[][] one = ClassicalMds.embed(new double[][] {{0}});
    assertEquals(0, one[0][0]);
    double[][] two = ClassicalMds.embed(new double[][] {{0, 0.8}, {0.8, 0}});
    assertEquals(0.8, dist(two[0], two[1]), 1e-12);
    assertEquals(0, two[0][1]);
    assertEquals(0, two[1][1]);
    double[][] nan = ClassicalMds.embed(new double[][] {{0, Double.NaN, 1}, {Double.NaN, 0, 1}, {1, 1, 0}});
    for (double[] row : nan) {
      assertTrue(Double.isFinite(row[0]) && Double.isFinite(row[1]));
    }
  }

  private static double dist(double[] a, double[] b) {
    return Math.hypot(a[0] - b[0], a[1] - b[1]);
  }

  // ---------------------------------------------------------------- notebook

  @Test
  void notebookIsNbformat45WithIdsImagesAndEscapedText() throws IOException {
    String text = Files.readString(OUT.resolve("report.ipynb"));
    JsonNode nb = new ObjectMapper().readTree(text);
    assertEquals(4, nb.get("nbformat").asInt());
    assertTrue(nb.get("nbformat_minor").asInt() >= 4);
    Set<String> ids = new HashSet<>();
    int images = 0;
    boolean vega = false;
    for (JsonNode cell : nb.get("cells")) {
      String id = cell.path("id").asText("");
      assertTrue(id.matches("[A-Za-z0-9_-]{1,64}"), "cell id " + id);
      assertTrue(ids.add(id), "duplicate id " + id);
      assertTrue(cell.get("metadata").isObject());
      assertTrue(cell.get("source").isArray());
      if (cell.get("cell_type").asText().equals("code")) {
        assertTrue(cell.has("execution_count"));
        for (JsonNode out : cell.get("outputs")) {
          assertEquals("display_data", out.get("output_type").asText());
          byte[] png = Base64.getDecoder().decode(out.get("data").get("image/png").asText());
          assertNotNull(ImageIO.read(new ByteArrayInputStream(png)), "PNG decodes");
          images++;
          vega |= out.get("data").has(NotebookWriter.VEGA_LITE);
        }
      }
    }
    assertEquals(EXPECTED.size(), images);
    assertTrue(vega, "a Vega-Lite spec rides along");
    assertFalse(text.contains("<script"), "no raw <script> from the data");
    assertFalse(text.contains("<img"), "no raw <img> from the data");
    assertFalse(text.contains("<b>"), "no raw HTML in the title");
    StringBuilder md = new StringBuilder();
    for (JsonNode cell : nb.get("cells")) {
      if (cell.get("cell_type").asText().equals("markdown")) {
        cell.get("source").forEach(l -> md.append(l.asText()));
      }
    }
    String m = md.toString();
    assertTrue(m.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"), "title shown as text");
    assertTrue(m.contains("\\*Macron\\*") && m.contains("\\| \\_budget\\_") && m.contains("\\[lien\\]"));
    assertTrue(m.contains("\\`code\\`") && m.contains("\\$x\\$"));
    assertTrue(m.contains("\\# Titre &lt;img"), "# escaped");
    assertTrue(m.contains("poutine · kim · russie") || m.contains("gouvernementales"));
  }

  @Test
  void notebookValidatesWithNbformatWhenPythonHasIt() throws Exception {
    Path py = Path.of("/usr/bin/python3");
    assumeTrue(Files.isExecutable(py), "no /usr/bin/python3");
    assumeTrue(run(List.of(py.toString(), "-c", "import nbformat")) == 0, "python3-nbformat not installed");
    String script =
        "import sys, nbformat\n"
            + "nb = nbformat.read(sys.argv[1], as_version=nbformat.NO_CONVERT)\n"
            + "nbformat.validate(nb)\n"
            + "assert nb.nbformat == 4 and nb.nbformat_minor >= 5, (nb.nbformat, nb.nbformat_minor)\n";
    int rc = run(List.of(py.toString(), "-c", script, OUT.resolve("report.ipynb").toAbsolutePath().toString()));
    assertEquals(0, rc, "nbformat.validate failed (see test output)");
  }

  private static int run(List<String> cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return -1;
    }
    return p.exitValue();
  }

  // ---------------------------------------------------------------- HTML

  @Test
  void htmlIsSelfContainedAndEscaped() throws IOException {
    String html = Files.readString(OUT.resolve("report.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("content=\"" + HtmlReportWriter.CSP + "\""), "strict CSP");
    assertFalse(html.contains("<script>document.title"), "no unescaped script from the data");
    assertFalse(html.contains("<img src=x"), "no unescaped img from the data");
    assertFalse(html.contains("<b>échantillon"), "title escaped");
    assertTrue(html.contains("&lt;b&gt;échantillon&lt;/b&gt;"));
    // Exactly our two script elements: the JSON data block and the page's code.
    Matcher scripts = Pattern.compile("<script\\b", Pattern.CASE_INSENSITIVE).matcher(html);
    int n = 0;
    while (scripts.find()) {
      n++;
    }
    assertEquals(2, n);
    String json = html.substring(html.indexOf("id=\"report-data\">"), html.indexOf("</script>", html.indexOf("id=\"report-data\">")));
    assertTrue(json.contains("\\u003cscript\\u003e"), "JSON escapes < and >");
    assertFalse(json.contains("<") || json.substring(1).contains(">") && json.indexOf('>') != json.lastIndexOf('>'));
    Matcher remote = Pattern.compile("(?i)\\b(src|href|action|srcset)\\s*=\\s*[\"']?\\s*(https?:)?//").matcher(html);
    assertFalse(remote.find(), "remote reference: " + (remote.hitEnd() ? "" : html.substring(remote.start(), Math.min(html.length(), remote.start() + 80))));
    assertFalse(html.contains("@import") || html.contains("url("), "no CSS fetch");
    for (String name : EXPECTED) {
      assertTrue(html.contains("id=\"chart-" + name + "\"><img src=\"data:image/svg+xml;base64,"), name);
    }
    assertTrue(html.contains("data-topic=\"1\""));
  }

  @Test
  void htmlShowsTheTopicsFirstTheParametersFoldedLastAndCarriesWhatItsScriptDraws() throws IOException {
    String html = Files.readString(OUT.resolve("report.html"), StandardCharsets.UTF_8);
    int topics = html.indexOf("<section id=\"sujets\">");
    int search = html.indexOf("<section id=\"recherche\">");
    int parameters = html.indexOf("<section id=\"parametres\"><details><summary>");
    assertTrue(topics > 0 && topics < search && search < parameters, "topics, search, then the folded parameters");
    assertTrue(html.indexOf("<details open") < 0, "the parameters start folded");
    assertTrue(html.contains("<input type=\"range\" id=\"lambda\""), "the λ slider");
    assertTrue(html.contains("<input type=\"search\" id=\"search\""), "the search box");
    // The fixture's topic 2 is emerging: a badge in its row, and the flag in the page's data.
    String row2 = html.substring(html.indexOf("<tr data-topic=\"2\""), html.indexOf("</tr>", html.indexOf("<tr data-topic=\"2\"")));
    assertTrue(row2.contains("émergent"), row2);
    String row1 = html.substring(html.indexOf("<tr data-topic=\"1\""), html.indexOf("</tr>", html.indexOf("<tr data-topic=\"1\"")));
    assertFalse(row1.contains("émergent"), row1);
    int start = html.indexOf("id=\"report-data\">") + "id=\"report-data\">".length();
    JsonNode page = new ObjectMapper().readTree(html.substring(start, html.indexOf("</script>", start)));
    assertEquals(data.topics().size(), page.get("topics").size());
    assertTrue(page.get("topics").get(1).get("emerging").asBoolean());
    assertEquals(data.relevance().words().size(), page.get("words").size());
    assertEquals(data.topics().size(), page.get("pwt").size());
    assertEquals(ReportFixture.MONTHS.length, page.get("months").get("keys").size());
    JsonNode first = page.get("topics").get(0);
    assertTrue(first.has("x") && first.has("y"), "map coordinates");
    assertTrue(first.get("words").size() >= 12, "the topic's words across the λ grid");
    assertEquals(data.articleDates().get(first.get("articles").get(0).get("id").asText()),
        first.get("articles").get(0).get("date").asText());
    assertTrue(first.get("monthWords").size() > 0);
  }

  @Test
  void notebookFlagsEmergingTopicsAndShowsTheirWordsByMonth() throws IOException {
    JsonNode nb = new ObjectMapper().readTree(Files.readString(OUT.resolve("report.ipynb")));
    StringBuilder md = new StringBuilder();
    for (JsonNode cell : nb.get("cells")) {
      if (cell.get("cell_type").asText().equals("markdown")) {
        cell.get("source").forEach(l -> md.append(l.asText()));
      }
    }
    String m = md.toString();
    assertTrue(m.contains("| Sujet | Libellé | Prévalence | Émergent | Mots principaux |"));
    assertTrue(m.contains("| 2 | " + Escape.markdown(data.topics().get(1).label()) + " | "), "topic 2's row");
    assertTrue(m.contains("**oui**"), "topic 2 flagged");
    assertTrue(m.contains("## Sujets émergents"));
    assertTrue(m.contains("## Mots des sujets par mois"));
    assertTrue(m.contains("| " + ReportFixture.MONTHS[0] + " | "), "a month row");
  }

  @Test
  void escapeHelpers() {
    assertEquals("&lt;script&gt;x&lt;/script&gt; &amp; &quot;a&quot; &#39;b&#39;", Escape.html("<script>x</script> & \"a\" 'b'"));
    assertEquals("\\# a \\| b \\* c \\_ d \\[e\\]\\(f\\) \\`g\\` \\$h\\$ &lt;i&gt;", Escape.markdown("# a | b * c _ d [e](f) `g` $h$ <i>"));
    assertEquals("\\- liste", Escape.markdown("- liste"));
    assertEquals("1\\. liste", Escape.markdown("1. liste"));
    assertEquals("a b", Escape.markdown("a\nb"));
    assertEquals("{\"t\":\"\\u003c/script\\u003e\\u0026\\u2028\"}", Escape.jsonForScript("{\"t\":\"</script>&\u2028\"}"));
    assertEquals("les mesures…", Escape.shorten("les mesures gouvernementales", 20));
  }
}
