package org.sujets.topics;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.sujets.LocalSpark;

/** The ranking score of topic words over time: its signs, what it weighs, and its Spark twin. */
class WeightedLogOddsTest {

  @Test
  void isZeroForAWordAsFrequentInThePeriodAsInTheTopic() {
    // 5 % of the period's 1,000 words, 5 % of the topic's 10,000.
    assertEquals(0, WeightedLogOdds.z(50, 1000, 500, 10_000), 1e-12);
    assertTrue(WeightedLogOdds.z(100, 1000, 500, 10_000) > 0, "over-represented");
    assertTrue(WeightedLogOdds.z(20, 1000, 500, 10_000) < 0, "under-represented");
  }

  @Test
  void weighsTheEvidenceNotOnlyTheRatio() {
    // Both words are twice as frequent in the period as in the topic; the frequent one is surer.
    double frequent = WeightedLogOdds.z(100, 1000, 500, 10_000);
    double rare = WeightedLogOdds.z(4, 1000, 20, 10_000);
    assertTrue(frequent > 2 * rare, frequent + " vs " + rare);
    // A word only used in the period beats a word of the whole topic a little over-represented.
    assertTrue(WeightedLogOdds.z(60, 1000, 60, 10_000) > WeightedLogOdds.z(60, 1000, 550, 10_000));
  }

  @Test
  void hasNothingToCompareForAWordAbsentFromTheTopicOrAlone() {
    assertTrue(Double.isNaN(WeightedLogOdds.z(0, 10, 0, 100)));
    assertTrue(Double.isNaN(WeightedLogOdds.z(10, 10, 100, 100)));
  }

  @Test
  void theSparkColumnComputesTheSameScore() {
    StructType schema = new StructType().add("y", DataTypes.DoubleType).add("n", DataTypes.DoubleType)
        .add("a", DataTypes.DoubleType).add("total", DataTypes.DoubleType);
    List<Row> rows = List.of(RowFactory.create(100.0, 1000.0, 500.0, 10_000.0), RowFactory.create(4.0, 1000.0, 20.0, 10_000.0),
        RowFactory.create(2.5, 37.2, 9.1, 400.0));
    List<Row> z = LocalSpark.session().createDataFrame(rows, schema)
        .select(WeightedLogOdds.z(col("y"), col("n"), col("a"), col("total"))).collectAsList();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      assertEquals(WeightedLogOdds.z(r.getDouble(0), r.getDouble(1), r.getDouble(2), r.getDouble(3)), z.get(i).getDouble(0),
          1e-12);
    }
  }
}
