package org.sujets.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sujets.topics.ArticleTopics;
import org.sujets.topics.TopicPeriodWords;
import org.sujets.topics.TopicShareSeries;

/** Each chart kind on its own: when it applies, and that it draws at its declared size. */
class ChartKindsTest {
  static ReportData data;

  @BeforeAll
  static void fixture() {
    System.setProperty("java.awt.headless", "true");
    data = ReportFixture.build(8, 12);
  }

  static List<ChartKind> kinds() {
    return ReportCharts.KINDS;
  }

  /** The fixture, or for the dominant-topics chart the fixture without per-article shares. */
  private static ReportData dataFor(ChartKind kind) {
    return kind instanceof DominantTopicsChart ? withArticleTopics(data, List.of()) : data;
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void drawsAPngAndAnSvgOfItsDeclaredSize(ChartKind kind) throws IOException {
    ReportData d = dataFor(kind);
    assertTrue(kind.appliesTo(d), kind.name());
    Chart chart = kind.draw(d);
    assertEquals(kind.name(), chart.name());
    assertEquals(kind.title(), chart.title());
    RenderedChart r = ChartRendering.render(chart);
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(r.png()));
    assertNotNull(img, kind.name() + ": PNG does not decode");
    assertEquals(chart.width(), img.getWidth(), kind.name());
    assertEquals(chart.height(), img.getHeight(), kind.name());
    assertTrue(chart.width() >= 800 && chart.height() >= 300, kind.name() + " too small");
    assertTrue(hasInk(img), kind.name() + ": blank PNG");
    assertEquals(chart.width(), svgSize(r.svg(), "width"), kind.name());
    assertEquals(chart.height(), svgSize(r.svg(), "height"), kind.name());
    assertTrue(r.svg().contains(kind.title()), kind.name() + ": title in the SVG");
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void appliesToNothingWhenTheRunFoundNothing(ChartKind kind) {
    ReportData empty =
        new ReportData("vide", new RunCounts(0, 0, 0, 0, 0, 0, 0, 0), Map.of(), null, null, null,
            null, null, null, null, null, null);
    assertFalse(kind.appliesTo(empty), kind.name());
  }

  @Test
  void theListNamesEveryKindOnceInReportOrder() {
    assertEquals(
        List.of("topic-words", "topic-prevalence", "topic-map", "topic-tree", "article-topics", "dominant-topics",
            "keywords", "topics-by-month", "topic-words-by-month", "topics-by-source", "topics-by-section"),
        ReportCharts.ALL_NAMES);
    assertEquals(ReportCharts.ALL_NAMES.size(), new HashSet<>(ReportCharts.ALL_NAMES).size());
    List<String> drawn = ReportCharts.draw(data).stream().map(Chart::name).toList();
    assertEquals(ReportCharts.ALL_NAMES.stream().filter(n -> !n.equals("dominant-topics")).toList(), drawn);
  }

  @Test
  void theHeatMapAndTheDominantTopicsChartStandInForEachOther() {
    assertTrue(new ArticleTopicsChart().appliesTo(data));
    assertFalse(new DominantTopicsChart().appliesTo(data));
    ReportData large = withArticleTopics(data, List.of());
    assertFalse(new ArticleTopicsChart().appliesTo(large));
    assertTrue(new DominantTopicsChart().appliesTo(large));
  }

  @Test
  void topicWordsGridGrowsWithTheTopicsUpToItsCap() {
    assertEquals(List.of(420, 64 + 340), size(new TopicWordsChart().draw(ReportFixture.build(1, 4))));
    assertEquals(List.of(2 * 420, 64 + 2 * 340), size(new TopicWordsChart().draw(ReportFixture.build(3, 6))));
    Chart capped = new TopicWordsChart().draw(ReportFixture.build(45, 50));
    assertEquals(List.of(4 * 420, 64 + 10 * 340), size(capped), "40 panels at most");
  }

  @Test
  void topicMapNeedsTwoTopicsAndTheirDistances() {
    TopicMapChart map = new TopicMapChart();
    assertFalse(map.appliesTo(ReportFixture.build(1, 4)));
    ReportData d = data;
    ReportData shortDistances =
        new ReportData(d.title(), d.counts(), d.parameters(), d.topics(), d.corpusKeywords(), new double[3][3],
            d.dominantTopicCounts(), d.articleTopics(), d.byMonth(), d.bySource(), d.bySection(),
            d.wordsByMonth());
    assertFalse(map.appliesTo(shortDistances));
    assertEquals(List.of(1200, 900), size(map.draw(data)));
  }

  @Test
  void topicTreeListsTheTopicsInTheTreesOrderAndNeedsATree() {
    DendrogramChart tree = new DendrogramChart();
    assertFalse(tree.appliesTo(ReportFixture.build(1, 4)), "one topic, no merge");
    ReportData d = data;
    ReportData withoutTree =
        new ReportData(d.title(), d.counts(), d.parameters(), d.topics(), d.corpusKeywords(), d.topicDistances(),
            d.dominantTopicCounts(), d.articleTopics(), d.byMonth(), d.bySource(), d.bySection(),
            d.wordsByMonth());
    assertFalse(tree.appliesTo(withoutTree));
    List<Integer> leaves = DendrogramChart.leafOrder(d.hierarchy());
    assertEquals(d.topics().size(), new HashSet<>(leaves).size(), "every topic once");
    // No branches cross: the topics under every merge are neighbours in the rows.
    java.util.Map<Integer, List<Integer>> under = new java.util.HashMap<>();
    for (int id = 1; id <= d.hierarchy().k(); id++) {
      under.put(id, List.of(id));
    }
    for (var m : d.hierarchy().merges()) {
      List<Integer> topics = new ArrayList<>(under.get(m.left()));
      topics.addAll(under.get(m.right()));
      under.put(m.node(), topics);
      List<Integer> rows = topics.stream().map(leaves::indexOf).sorted().toList();
      assertEquals(rows.size() - 1, rows.get(rows.size() - 1) - rows.get(0), "node " + m.node() + " is split");
    }
    assertEquals(List.of(1100, 150 + 8 * 30), size(tree.draw(d)));
  }

  @Test
  void heatMapShowsAtMostItsCapOfArticles() {
    ReportData d = ReportFixture.build(5, ArticleTopicsChart.MAX_HEATMAP_ROWS + 20);
    Chart chart = new ArticleTopicsChart().draw(d);
    assertEquals(150 + ArticleTopicsChart.MAX_HEATMAP_ROWS * 22, chart.height());
  }

  @Test
  void byGroupShowsTheLargestGroupsOnlyAndByMonthDrawsASingleMonth() {
    List<TopicShareSeries> many = new ArrayList<>();
    for (int g = 0; g < ByGroupChart.MAX_GROUPS + 5; g++) {
      many.add(new TopicShareSeries("source " + g, 100 - g, new double[] {0.5, 0.5}));
    }
    List<TopicShareSeries> oneMonth = List.of(new TopicShareSeries("2023-01", 12, new double[] {0.5, 0.5}));
    ReportData d = data;
    ReportData groups =
        new ReportData(d.title(), d.counts(), d.parameters(), d.topics(), d.corpusKeywords(), d.topicDistances(),
            d.dominantTopicCounts(), d.articleTopics(), oneMonth, many, List.of(), List.of());
    assertFalse(ByGroupChart.BY_SECTION.appliesTo(groups));
    Chart bySource = ByGroupChart.BY_SOURCE.draw(groups);
    assertEquals(160 + ByGroupChart.MAX_GROUPS * 40, bySource.height());
    String svg = ChartRendering.render(bySource).svg();
    assertTrue(svg.contains("les " + ByGroupChart.MAX_GROUPS + " plus grandes sur " + many.size()));
    assertTrue(ChartRendering.render(new ByMonthChart().draw(groups)).svg().contains("(1 mois, 12 articles)"));
  }

  @Test
  void wordsByMonthShowsEveryMonthOfEachTopicWhenTheyFit() {
    Chart chart = new TopicWordsByMonthChart().draw(data);
    assertEquals(List.of(900, TopicWordsByMonthChart.HEADER + 8 * TopicWordsByMonthChart.BAND), size(chart),
        "8 topics, 6 months: the minimum width");
    String svg = ChartRendering.render(chart).svg();
    for (String month : ReportFixture.MONTHS) {
      assertTrue(svg.contains(month), month);
    }
    assertTrue(svg.contains(data.wordsByMonth().get(0).words().get(0)), "the first word");
  }

  @Test
  void wordsByMonthKeepsTheTopicsFirstTopicsAndTheirHeaviestMonthsInDateOrder() {
    List<TopicPeriodWords> words = new ArrayList<>();
    for (int topic = 1; topic <= 12; topic++) {
      for (int m = 1; m <= 20; m++) {
        // Topic mass peaks in the last months: those are the ones shown.
        String month = String.format("%d-%02d", 2020 + (m - 1) / 12, (m - 1) % 12 + 1);
        words.add(new TopicPeriodWords(topic, month, m, List.of("mot" + m, "autre" + m)));
      }
    }
    ReportData d = data;
    ReportData many = new ReportData(d.title(), d.counts(), d.parameters(), ReportFixture.build(12, 24).topics(),
        d.corpusKeywords(), d.topicDistances(), d.dominantTopicCounts(), d.articleTopics(), d.byMonth(), d.bySource(),
        d.bySection(), words);
    List<TopicWordsByMonthChart.Band> bands = TopicWordsByMonthChart.bands(many);
    assertEquals(TopicWordsByMonthChart.MAX_TOPICS, bands.size());
    assertEquals(List.of(1, 2, 3), bands.stream().limit(3).map(TopicWordsByMonthChart.Band::topic).toList());
    List<TopicPeriodWords> shown = bands.get(0).months();
    assertEquals(TopicWordsByMonthChart.MAX_MONTHS, shown.size());
    assertEquals(9.0, shown.stream().mapToDouble(TopicPeriodWords::mass).min().orElse(0), "the 12 heaviest: 9..20");
    List<String> periods = shown.stream().map(TopicPeriodWords::period).toList();
    assertEquals(periods.stream().sorted().toList(), periods, "in date order");
    Chart chart = new TopicWordsByMonthChart().draw(many);
    assertEquals(List.of(2 * TopicWordsByMonthChart.MARGIN + 12 * TopicWordsByMonthChart.COLUMN,
        TopicWordsByMonthChart.HEADER + 10 * TopicWordsByMonthChart.BAND), size(chart));
    assertTrue(ChartRendering.render(chart).svg().contains("au plus 10 sujets et 12 mois"));
  }

  @Test
  void keywordsChartShowsEachWordOnce() {
    List<Keyword> kw = List.of(new Keyword("prix", 0.4), new Keyword("prix", 0.3), new Keyword("énergie", 0.2));
    ReportData d = data;
    ReportData dup =
        new ReportData(d.title(), d.counts(), d.parameters(), d.topics(), kw, d.topicDistances(),
            d.dominantTopicCounts(), d.articleTopics(), d.byMonth(), d.bySource(), d.bySection(),
            d.wordsByMonth());
    String svg = ChartRendering.render(new KeywordsChart().draw(dup)).svg();
    assertTrue(svg.contains("Les 2 mots-clés les plus spécifiques"), "two distinct words");
  }

  @Test
  void mapLabelsStayInsideTheirAreaWithoutCoveringEachOther() {
    BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    var fm = scratch.createGraphics().getFontMetrics(ChartTheme.font(java.awt.Font.PLAIN, 13));
    double[][] centre = {{300, 300}, {340, 300}, {320, 340}, {600, 500}};
    double[] radius = {40, 20, 10, 30};
    List<String> texts = List.of("1 · poutine · kim", "2 · réforme · retraites", "3 · fusée", "4 · prix · énergie");
    Rectangle2D area = new Rectangle2D.Double(50, 50, 900, 700);
    List<MapLabels.Placed> placed = MapLabels.place(texts, centre, radius, area, fm);
    assertEquals(texts.size(), placed.size());
    for (int i = 0; i < placed.size(); i++) {
      assertTrue(area.contains(placed.get(i).box()), "label " + i + " inside");
      for (int j = 0; j < i; j++) {
        assertFalse(placed.get(i).box().intersects(placed.get(j).box()), "labels " + i + " and " + j);
      }
    }
  }

  @Test
  void numbersAreFormattedTheFrenchWay() {
    assertEquals("12,5 %", ChartFormats.percent().format(0.125));
    assertEquals("25 %", ChartFormats.percentAxis().format(0.25));
    assertEquals("12 345", ChartFormats.decimal("#,##0").format(12345));
    assertEquals("0,412", ChartFormats.decimal("0.000").format(0.412));
  }

  private static ReportData withArticleTopics(ReportData d, List<ArticleTopics> at) {
    return new ReportData(d.title(), d.counts(), d.parameters(), d.topics(), d.corpusKeywords(), d.topicDistances(),
        d.dominantTopicCounts(), at, d.byMonth(), d.bySource(), d.bySection(),
            d.wordsByMonth());
  }

  private static List<Integer> size(Chart c) {
    return List.of(c.width(), c.height());
  }

  private static int svgSize(String svg, String attribute) {
    Matcher m = Pattern.compile("<svg[^>]*\\s" + attribute + "=['\"]([0-9.]+)").matcher(svg);
    assertTrue(m.find(), attribute + " of the svg element");
    return (int) Double.parseDouble(m.group(1));
  }

  private static boolean hasInk(BufferedImage img) {
    for (int y = 0; y < img.getHeight(); y += 3) {
      for (int x = 0; x < img.getWidth(); x += 3) {
        if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          return true;
        }
      }
    }
    return false;
  }
}
