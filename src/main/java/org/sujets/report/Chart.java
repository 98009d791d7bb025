package org.sujets.report;

import org.jfree.chart.ui.Drawable;

/**
 * A chart laid out for one run's data, ready to draw at its size.
 *
 * @param name file name without extension ("topic-words")
 * @param title heading in the notebook and the HTML page
 */
record Chart(String name, String title, Drawable drawable, int width, int height) {}
