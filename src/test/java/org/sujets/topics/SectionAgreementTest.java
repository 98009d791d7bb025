package org.sujets.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sujets.LocalSpark;

class SectionAgreementTest {
  private static final double LN2 = Math.log(2);

  static List<Arguments> tables() {
    // Worked by hand: topics {A: x x, B: x y}. p(A,x)=1/2, p(B,x)=1/4, p(B,y)=1/4; rows 1/2 1/2;
    // columns 3/4 1/4. I = 1/2 ln(4/3) + 1/4 ln(2/3) + 1/4 ln 2; H(U) = ln 2;
    // H(V) = -(3/4 ln 3/4 + 1/4 ln 1/4).
    double mi = 0.5 * Math.log(4.0 / 3) + 0.25 * Math.log(2.0 / 3) + 0.25 * LN2;
    double hv = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25));
    // Three topics over two sections: {a a}, {b b}, {a b}. I = 2/3 ln 2, H(U) = ln 3, H(V) = ln 2.
    double mi3 = 2.0 / 3 * LN2;
    return List.of(
        Arguments.of("identical labellings", new long[][] {{5, 0, 0}, {0, 3, 0}, {0, 0, 7}}, 1.0),
        Arguments.of("identical up to renaming", new long[][] {{0, 4}, {6, 0}}, 1.0),
        Arguments.of("independent", new long[][] {{2, 4}, {3, 6}}, 0.0),
        Arguments.of("independent, uniform", new long[][] {{5, 5}, {5, 5}}, 0.0),
        Arguments.of("one topic, two sections", new long[][] {{3, 4}}, 0.0),
        Arguments.of("one topic, one section", new long[][] {{9}}, 1.0),
        Arguments.of("worked 2 × 2", new long[][] {{2, 0}, {1, 1}}, 2 * mi / (LN2 + hv)),
        Arguments.of("worked 3 × 2", new long[][] {{2, 0}, {0, 2}, {1, 1}}, 2 * mi3 / (Math.log(3) + LN2)),
        Arguments.of("empty rows and columns ignored", new long[][] {{2, 0, 0}, {0, 0, 0}, {1, 0, 1}},
            2 * mi / (LN2 + hv)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tables")
  void matchesHandComputedValues(String name, long[][] table, double expected) {
    assertEquals(expected, SectionAgreement.nmi(table), 1e-12);
  }

  @Test
  void isSymmetric() {
    long[][] table = {{2, 1, 0}, {0, 3, 1}};
    long[][] transposed = {{2, 0}, {1, 3}, {0, 1}};
    assertEquals(SectionAgreement.nmi(table), SectionAgreement.nmi(transposed), 1e-12);
    assertTrue(SectionAgreement.nmi(table) > 0 && SectionAgreement.nmi(table) < 1);
  }

  @Test
  void rejectsEmptyOrNegativeTables() {
    assertThrows(IllegalArgumentException.class, () -> SectionAgreement.nmi(new long[][] {{0, 0}}));
    assertThrows(IllegalArgumentException.class, () -> SectionAgreement.nmi(new long[][] {{1, -1}}));
  }

  @Test
  void countsTopicSectionPairsWithSpark() {
    List<Row> rows = new ArrayList<>();
    // The worked 2 × 2 example, plus rows that must not count.
    rows.add(RowFactory.create(1, "x"));
    rows.add(RowFactory.create(1, " x "));
    rows.add(RowFactory.create(2, "x"));
    rows.add(RowFactory.create(2, "y"));
    rows.add(RowFactory.create(null, "y"));
    rows.add(RowFactory.create(2, null));
    rows.add(RowFactory.create(1, "  "));
    Optional<SectionAgreement.Result> result = SectionAgreement.measure(frame(rows), "dominant", "section");
    assertTrue(result.isPresent());
    assertEquals(SectionAgreement.nmi(new long[][] {{2, 0}, {1, 1}}), result.get().nmi(), 1e-12);
    assertEquals(2, result.get().sections());
    assertEquals(4, result.get().articles());
    assertEquals(result.get().nmi(), (double) result.get().figures().get("sectionNmi"), 1e-6);
  }

  @Test
  void isAbsentWithoutSections() {
    List<Row> rows = List.of(RowFactory.create(1, null), RowFactory.create(2, ""));
    assertTrue(SectionAgreement.measure(frame(rows), "dominant", "section").isEmpty());
  }

  private static Dataset<Row> frame(List<Row> rows) {
    SparkSession spark = LocalSpark.session();
    StructType schema = new StructType()
        .add("dominant", DataTypes.IntegerType, true)
        .add("section", DataTypes.StringType, true);
    return spark.createDataFrame(rows, schema);
  }
}
