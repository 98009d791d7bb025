package org.sujets.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicSweepTest {
  @Test
  void theDefaultListKeepsAtMostOneTopicPerTwoArticles() {
    assertEquals(List.of(5, 10, 20, 40), TopicSweep.defaults().fitting(36_000));
    assertEquals(List.of(5, 10, 20, 40), TopicSweep.defaults().fitting(80));
    assertEquals(List.of(5, 10, 20), TopicSweep.defaults().fitting(79));
    assertEquals(List.of(5, 10), TopicSweep.defaults().fitting(21));
  }

  @Test
  void tinyCorporaSweepEveryKFromTwoToHalfTheArticles() {
    assertEquals(List.of(2, 3, 4, 5, 6, 7, 8, 9), TopicSweep.defaults().fitting(19)); // only 5 of the list fits
    assertEquals(List.of(2), TopicSweep.defaults().fitting(5)); // the 5-article sample
    assertEquals(List.of(2), TopicSweep.defaults().fitting(2));
  }

  @Test
  void aGivenListIsTakenAsAskedOrRefused() {
    assertEquals(List.of(15, 5), TopicSweep.parse(" 15, 5,,15 ").fitting(15));
    var e = assertThrows(IllegalArgumentException.class, () -> TopicSweep.parse("5,30").fitting(20));
    assertTrue(e.getMessage().contains("--topics 30 is more than the 20 articles"), e.getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> TopicSweep.parse("5,x")).getMessage().contains("'x'"));
    assertThrows(IllegalArgumentException.class, () -> TopicSweep.parse(" , "));
    assertThrows(IllegalArgumentException.class, () -> TopicSweep.parse("1,5"));
    assertFalse(TopicSweep.none().asked());
    assertTrue(TopicSweep.defaults().asked());
  }
}
