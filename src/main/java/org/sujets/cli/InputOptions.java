package org.sujets.cli;

import org.sujets.config.ColumnMapping;
import org.sujets.config.InputFormat;
import picocli.CommandLine.Option;

/**
 * How input files are read: in {@code CorpusOptions} ({@code run}, {@code tune}) and in {@code
 * infer}, whose --input differs.
 */
public final class InputOptions {
  @Option(names = "--format", defaultValue = "auto",
      description = "Input format: auto (by extension), text, jsonl, csv, parquet.")
  String format;

  @Option(names = "--id-col", defaultValue = "id", description = "Column holding the article id.")
  String idCol;

  @Option(names = "--title-col", defaultValue = "title", description = "Column holding the title.")
  String titleCol;

  @Option(names = "--date-col", defaultValue = "date", description = "Column holding the date (yyyy-MM-dd...).")
  String dateCol;

  @Option(names = "--source-col", defaultValue = "source", description = "Column holding the source/publisher.")
  String sourceCol;

  @Option(names = "--section-col", defaultValue = "section", description = "Column holding the section.")
  String sectionCol;

  @Option(names = "--text-col", defaultValue = "text", description = "Column holding the article body (required).")
  String textCol;

  /** @throws IllegalArgumentException for an unknown format */
  InputFormat format() {
    return InputFormat.parse(format);
  }

  ColumnMapping columns() {
    return new ColumnMapping(idCol, titleCol, dateCol, sourceCol, sectionCol, textCol);
  }
}
