package org.sujets.report;

import java.awt.FontMetrics;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Places the topic map's labels, greedily, in the order given (largest topics first, so they get
 * the best spots): for each disc, spots on eight sides at growing distances, each scored by how
 * far it is, whether it leaves the plot, and how much it covers other labels and discs; the
 * first ring with a clean spot wins. All in Java2D (pixel) coordinates.
 */
final class MapLabels {
  /** Sides first (right, left), then diagonals, then above and below. */
  private static final double[] ANGLES = {
    0, Math.PI, -Math.PI / 4, Math.PI / 4, -3 * Math.PI / 4, 3 * Math.PI / 4, -Math.PI / 2, Math.PI / 2
  };
  /** Gaps between disc edge and label tried, nearest first. */
  private static final double[] GAPS = {4, 14, 30, 55, 90, 140};

  /** A label's box, and whether it sits far enough from its disc to need a leader line. */
  record Placed(Rectangle2D box, boolean leader) {}

  private final Rectangle2D area;
  private final List<Rectangle2D> discs;
  private final List<Rectangle2D> placed = new ArrayList<>();

  /**
   * @param area the plot's data area: labels should stay inside
   * @param discs the bounding box of every disc, in label order
   */
  private MapLabels(Rectangle2D area, List<Rectangle2D> discs) {
    this.area = area;
    this.discs = discs;
  }

  /**
   * @param texts label s belongs to disc s
   * @param centre disc centres, {x, y}
   * @param radius disc radii
   */
  static List<Placed> place(
      List<String> texts, double[][] centre, double[] radius, Rectangle2D area, FontMetrics fm) {
    List<Rectangle2D> discs = new ArrayList<>();
    for (int s = 0; s < texts.size(); s++) {
      discs.add(
          new Rectangle2D.Double(
              centre[s][0] - radius[s], centre[s][1] - radius[s], 2 * radius[s], 2 * radius[s]));
    }
    MapLabels labels = new MapLabels(area, discs);
    List<Placed> out = new ArrayList<>();
    for (int s = 0; s < texts.size(); s++) {
      double tw = fm.stringWidth(texts.get(s)) + 8;
      double th = fm.getHeight() + 2;
      out.add(labels.best(s, centre[s], radius[s], tw, th));
    }
    return out;
  }

  private Placed best(int s, double[] centre, double radius, double tw, double th) {
    Rectangle2D best = null;
    double bestScore = Double.MAX_VALUE;
    double bestDist = 0;
    for (double extra : GAPS) {
      double dist = radius + extra;
      for (double a : ANGLES) {
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double px = centre[0] + dist * cos;
        double py = centre[1] + dist * sin;
        // Anchor the box on the side facing the disc.
        double x = cos > 0.3 ? px : (cos < -0.3 ? px - tw : px - tw / 2);
        double y = sin > 0.3 ? py : (sin < -0.3 ? py - th : py - th / 2);
        Rectangle2D rect = new Rectangle2D.Double(x, y, tw, th);
        boolean diagonal = Math.abs(sin) > 0.3 && Math.abs(cos) > 0.3;
        double score = score(s, rect, extra, diagonal);
        if (score < bestScore) {
          bestScore = score;
          best = rect;
          bestDist = extra + (diagonal ? 20 : 0);
        }
      }
      // A spot of this ring with (almost) nothing against it: farther rings cost more distance.
      if (bestScore < 1e3 && bestScore <= extra * 2 + 7) {
        break;
      }
    }
    placed.add(best);
    return new Placed(best, bestDist > 20);
  }

  /** Lower is better: distance, then leaving the plot ≫ covering a label ≫ covering discs. */
  private double score(int s, Rectangle2D rect, double extra, boolean diagonal) {
    double score = extra * 2;
    if (!area.contains(rect)) {
      score += 1e7;
    }
    for (Rectangle2D o : placed) {
      score += 1e4 * overlap(rect, o);
    }
    for (int o = 0; o < discs.size(); o++) {
      score += (o == s ? 50 : 3) * overlap(rect, discs.get(o));
    }
    // A label nearer to another disc than to its own reads as that disc's label.
    double own = gap(rect, discs.get(s));
    for (int o = 0; o < discs.size(); o++) {
      if (o != s && gap(rect, discs.get(o)) < own) {
        score += 400;
      }
    }
    if (diagonal) {
      score += 6; // diagonal placements read less clearly than side ones
    }
    return score;
  }

  /** Distance between two rectangles (0 when they touch or overlap). */
  private static double gap(Rectangle2D a, Rectangle2D b) {
    double dx = Math.max(0, Math.max(a.getMinX() - b.getMaxX(), b.getMinX() - a.getMaxX()));
    double dy = Math.max(0, Math.max(a.getMinY() - b.getMaxY(), b.getMinY() - a.getMaxY()));
    return Math.hypot(dx, dy);
  }

  private static double overlap(Rectangle2D a, Rectangle2D b) {
    double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
    double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
    return w > 0 && h > 0 ? w * h : 0;
  }
}
