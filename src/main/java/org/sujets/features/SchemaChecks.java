package org.sujets.features;

import java.util.Arrays;
import org.apache.spark.sql.types.StructType;

/** The input-column check every stage's {@code transformSchema} starts with. */
final class SchemaChecks {
  private SchemaChecks() {}

  /**
   * Fails with "{role} column 'x' not found; columns are [...]{hint}" when {@code column} is not in
   * {@code schema}.
   */
  static void requireColumn(StructType schema, String role, String column, String hint) {
    if (!Arrays.asList(schema.fieldNames()).contains(column)) {
      throw new IllegalArgumentException(
          role + " column '" + column + "' not found; columns are "
              + Arrays.asList(schema.fieldNames()) + hint);
    }
  }
}
