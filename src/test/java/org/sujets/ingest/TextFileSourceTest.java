package org.sujets.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextFileSourceTest {
  @Test
  void readTasksFollowTheTextSizeWithTwoPerCoreAtLeast() {
    long mb = 1L << 20;
    // {text MB, cores, expected tasks}
    long[][] table = {
        {0, 2, 4},          // empty files only: the cores
        {1, 2, 4},          // a few articles: two per core
        {35, 2, 4},         // 20,000 articles of 1.7 KB: two per core still
        {150, 2, 5},        // OrangeSum as 35,987 .txt files: 32 MB each
        {1700, 2, 54},      // a million small articles: 54, not Spark's 31,250
        {1700, 100, 200},   // the same on 100 cores: every core reads
    };
    for (long[] row : table) {
      assertEquals(row[2], TextFileSource.readTasks(row[0] * mb, (int) row[1]), row[0] + " MB on " + row[1] + " cores");
    }
  }
}
