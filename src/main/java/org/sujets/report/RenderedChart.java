package org.sujets.report;

/** A chart drawn to both formats: the PNG for files and the notebook, the SVG for the HTML page. */
record RenderedChart(String name, String title, int width, int height, byte[] png, String svg) {}
