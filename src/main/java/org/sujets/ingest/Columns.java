package org.sujets.ingest;

/** Names of the columns every reader produces, whatever the input format. */
public final class Columns {
  /** Article identifier (string, unique within a run): the file name for .txt input. */
  public static final String ID = "id";
  /** Article title, may be null. For .txt input: the first non-empty line. */
  public static final String TITLE = "title";
  /** Publication date as an ISO {@code yyyy-MM-dd} string, may be null. */
  public static final String DATE = "date";
  /** Publisher or wire agency, may be null. */
  public static final String SOURCE = "source";
  /** Website section or desk, may be null. */
  public static final String SECTION = "section";
  /** Article body, NFC-normalised, no-break spaces turned into spaces. Never null after reading. */
  public static final String TEXT = "text";
  /** Where the record came from: the file path (and for line formats the file only). */
  public static final String ORIGIN = "origin";
  /** Charset the text was decoded with when it is not UTF-8 (e.g. "windows-1252"), else null. */
  public static final String FALLBACK_CHARSET = "fallback_charset";

  private Columns() {}
}
