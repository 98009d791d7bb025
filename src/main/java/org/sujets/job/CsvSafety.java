package org.sujets.job;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/** Keeps untrusted text from being run as a spreadsheet formula when a CSV is opened. */
final class CsvSafety {
  private CsvSafety() {}

  /** Prefixes a quote to values starting with =, +, -, @, tab or carriage return (OWASP advice). */
  static Column neutralised(Column text) {
    return when(text.rlike("^[=+\\-@\\t\\r]"), concat(lit("'"), text)).otherwise(text);
  }
}
