package org.sujets.report;

import static org.sujets.report.ChartTheme.font;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.sujets.topics.TopicHierarchy;
import org.sujets.topics.TopicSummary;

/**
 * The topic tree as a dendrogram: one row per topic (its id and label), each merge a bracket at
 * the Jensen–Shannon distance where its two branches join, marked with its node id as in
 * topics.json's hierarchy. Topics are listed in the tree's order, so that no branches cross.
 */
final class DendrogramChart implements ChartKind {
  private static final Color BRANCH = new Color(0x44, 0x55, 0x66);

  @Override
  public String name() {
    return "topic-tree";
  }

  @Override
  public String title() {
    return "Arbre des sujets";
  }

  @Override
  public boolean appliesTo(ReportData data) {
    TopicHierarchy tree = data.hierarchy();
    return tree != null && !tree.merges().isEmpty() && tree.k() == data.topics().size()
        && data.maxTopicId() == tree.k();
  }

  @Override
  public Chart draw(ReportData data) {
    TopicHierarchy tree = data.hierarchy();
    List<Integer> leaves = leafOrder(tree);
    Map<Integer, Double> row = new HashMap<>();
    Map<Integer, Double> height = new HashMap<>();
    String[] names = new String[leaves.size()];
    for (int i = 0; i < leaves.size(); i++) {
      row.put(leaves.get(i), (double) i);
      height.put(leaves.get(i), 0.0);
      names[i] = ChartText.topicName(data.topics(), leaves.get(i));
    }
    XYSeriesCollection brackets = new XYSeriesCollection();
    List<XYTextAnnotation> marks = new ArrayList<>();
    for (TopicHierarchy.Merge m : tree.merges()) {
      double left = row.get(m.left());
      double right = row.get(m.right());
      XYSeries bracket = new XYSeries("nœud " + m.node(), false, true);
      bracket.add(height.get(m.left()).doubleValue(), left);
      bracket.add(m.distance(), left);
      bracket.add(m.distance(), right);
      bracket.add(height.get(m.right()).doubleValue(), right);
      brackets.addSeries(bracket);
      row.put(m.node(), (left + right) / 2);
      height.put(m.node(), m.distance());
      XYTextAnnotation mark = new XYTextAnnotation(" " + m.node(), m.distance(), (left + right) / 2);
      mark.setFont(font(Font.PLAIN, 10));
      mark.setPaint(ChartTheme.SUBTITLE);
      mark.setTextAnchor(TextAnchor.CENTER_LEFT);
      marks.add(mark);
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    for (int s = 0; s < brackets.getSeriesCount(); s++) {
      renderer.setSeriesPaint(s, BRANCH);
      renderer.setSeriesStroke(s, new BasicStroke(1.6f));
    }
    NumberAxis distance = new NumberAxis("distance de Jensen–Shannon (moyenne entre les sujets des deux branches)");
    distance.setLowerBound(0);
    distance.setUpperBound(Math.min(1, tree.merges().get(tree.merges().size() - 1).distance() * 1.08));
    distance.setLabelFont(font(Font.PLAIN, 12));
    distance.setNumberFormatOverride(ChartFormats.decimal("0.00"));
    SymbolAxis topics = new SymbolAxis(null, names);
    topics.setInverted(true);
    topics.setGridBandsVisible(false);
    topics.setTickLabelFont(font(Font.PLAIN, 12));
    XYPlot plot = new XYPlot(brackets, distance, topics, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinesVisible(false);
    plot.setDomainGridlinePaint(ChartTheme.GRID);
    plot.setOutlinePaint(ChartTheme.GRID);
    marks.forEach(plot::addAnnotation);
    JFreeChart chart = new JFreeChart(title(), font(Font.BOLD, 18), plot, false);
    ChartTheme.finish(chart, "Regroupement hiérarchique des sujets (lien moyen sur la distance de Jensen–Shannon"
        + " de leurs mots) ; les numéros de nœuds sont ceux de topics.json");
    return sized(chart, 1100, Math.max(320, 150 + leaves.size() * 30));
  }

  /** The topic ids in the order a depth-first walk of the tree meets them (left branch first). */
  static List<Integer> leafOrder(TopicHierarchy tree) {
    Map<Integer, TopicHierarchy.Merge> byNode = new HashMap<>();
    tree.merges().forEach(m -> byNode.put(m.node(), m));
    List<Integer> order = new ArrayList<>();
    walk(tree.merges().get(tree.merges().size() - 1).node(), byNode, order);
    return order;
  }

  private static void walk(int node, Map<Integer, TopicHierarchy.Merge> byNode, List<Integer> order) {
    TopicHierarchy.Merge m = byNode.get(node);
    if (m == null) {
      order.add(node);
      return;
    }
    walk(m.left(), byNode, order);
    walk(m.right(), byNode, order);
  }
}
