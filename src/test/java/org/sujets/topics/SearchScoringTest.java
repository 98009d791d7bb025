package org.sujets.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TopicSearch}: p(topic | query terms) by Bayes' rule over the topics' word distributions. */
class SearchScoringTest {
  // vocabulary: 0 voiture, 1 moteur, 2 élection, 3 député, 4 année
  private static final double[][] TOPICS = {
    {0.40, 0.30, 0.02, 0.03, 0.25}, // topic 1: cars
    {0.02, 0.03, 0.40, 0.30, 0.25}, // topic 2: politics
    {0.15, 0.05, 0.10, 0.15, 0.55}, // topic 3: a bit of everything
  };
  private static final double[] PREVALENCE = {0.5, 0.3, 0.2};

  @Test
  void aWordLeadsToTheTopicThatHoldsItAndTheScoresAreBayesRule() {
    TopicSearch search = new TopicSearch(TOPICS, PREVALENCE);
    List<TopicSearch.Hit> hits = search.rank(new int[] {2}, 3);
    assertEquals(List.of(2, 3, 1), hits.stream().map(TopicSearch.Hit::id).toList());
    double evidence = 0.5 * 0.02 + 0.3 * 0.40 + 0.2 * 0.10;
    assertEquals(0.3 * 0.40 / evidence, hits.get(0).score(), 1e-12);
    assertEquals(0.2 * 0.10 / evidence, hits.get(1).score(), 1e-12);
    assertEquals(1.0, Arrays.stream(search.posterior(new int[] {2})).sum(), 1e-12);
  }

  @Test
  void thePrevalenceIsThePrior() {
    // "année" is likelier in topic 3, but topic 1 is 2.5 times as prevalent: 0.5 × 0.25 > 0.2 × 0.55
    List<TopicSearch.Hit> hits = new TopicSearch(TOPICS, PREVALENCE).rank(new int[] {4}, 1);
    assertEquals(1, hits.get(0).id());
    // with equal prevalences the likeliest topic leads
    hits = new TopicSearch(TOPICS, new double[] {1, 1, 1}).rank(new int[] {4}, 1);
    assertEquals(3, hits.get(0).id());
  }

  @Test
  void severalTermsMultiplySoATopicMustHoldThemAll() {
    // voiture + député: cars hold voiture, politics député, topic 3 both:
    // 0.15 × 0.15 beats 0.40 × 0.03 and 0.02 × 0.30
    TopicSearch search = new TopicSearch(TOPICS, new double[] {1, 1, 1});
    assertEquals(3, search.rank(new int[] {0, 3}, 1).get(0).id());
    // a repeated term counts once
    assertArrayEquals(search.posterior(new int[] {0}), search.posterior(new int[] {0, 0}), 1e-15);
  }

  @Test
  void eachHitTellsTheTermsProbabilityAndPlaceInTheTopic() {
    TopicSearch.Hit hit = new TopicSearch(TOPICS, PREVALENCE).rank(new int[] {1, 4}, 1).get(0);
    assertEquals(1, hit.id());
    assertEquals(List.of(new TopicSearch.TermInTopic(1, 0.30, 2), new TopicSearch.TermInTopic(4, 0.25, 3)), hit.terms());
  }

  @Test
  void placesBreakTiesByIndexAsTopicsJsonListsWords() {
    double[] tied = {0.2, 0.3, 0.2, 0.3};
    assertEquals(1, TopicSearch.rankOf(tied, 1));
    assertEquals(2, TopicSearch.rankOf(tied, 3));
    assertEquals(3, TopicSearch.rankOf(tied, 0));
    assertEquals(4, TopicSearch.rankOf(tied, 2));
    assertArrayEquals(WordDistributions.topTerms(new double[][] {tied}, 4)[0], new int[] {1, 3, 0, 2});
  }

  @Test
  void topLimitsTheTopicsAndATopicOfNoPrevalenceIsNeverFound() {
    TopicSearch search = new TopicSearch(TOPICS, new double[] {0.5, 0.5, 0});
    assertEquals(List.of(2, 1), search.rank(new int[] {3}, 10).stream().map(TopicSearch.Hit::id).toList());
    assertEquals(1, search.rank(new int[] {3}, 1).size());
  }

  @Test
  void aSearchNeedsATermAndOnePrevalencePerTopic() {
    TopicSearch search = new TopicSearch(TOPICS, PREVALENCE);
    assertThrows(IllegalArgumentException.class, () -> search.rank(new int[0], 3));
    assertThrows(IllegalArgumentException.class, () -> new TopicSearch(TOPICS, new double[] {1, 1}));
  }

  @Test
  void tinyProbabilitiesDoNotUnderflow() {
    double[][] topics = {{1e-200, 1 - 1e-200}, {1e-180, 1 - 1e-180}};
    double[] p = new TopicSearch(topics, new double[] {0.5, 0.5}).posterior(new int[] {0, 0, 0});
    assertEquals(1.0, p[1], 1e-9);
    p = new TopicSearch(new double[][] {{1e-300, 1}, {1e-300, 1}}, new double[] {0.5, 0.5}).posterior(new int[] {0});
    assertEquals(0.5, p[0], 1e-12);
  }
}
