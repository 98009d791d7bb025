package org.sujets.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The notebook's interactive specs: which charts have one, and that the Python twin is called. */
class VegaLiteSpecsTest {

  @Test
  void prevalenceTopicWordsAndKeywordsHaveASpecAndTheirPythonTwinIsCalled() {
    ReportData data = ReportFixture.build(8, 12);
    List<String> withSpec = List.of("topic-prevalence", "topic-words", "keywords");
    for (String name : ReportCharts.ALL_NAMES) {
      ObjectNode spec = VegaLiteSpecs.spec(name, data);
      String call = VegaLiteSpecs.pythonCall(name);
      assertTrue(call.startsWith("show_chart('" + name + "'"), call);
      if (withSpec.contains(name)) {
        assertNotNull(spec, name);
        assertEquals(VegaLiteSpecs.SCHEMA, spec.get("$schema").asText());
        String args = call.substring(call.indexOf(", ") + 2);
        String twin = args.substring(0, args.indexOf('('));
        assertTrue(VegaLiteSpecs.PYTHON.contains("def " + twin + "("), "twin " + twin + " defined");
      } else {
        assertNull(spec, name);
        assertEquals("show_chart('" + name + "')", call);
      }
    }
  }

  @Test
  void specsKeepTheChartsCaps() {
    ReportData data = ReportFixture.build(45, 50);
    int words = VegaLiteSpecs.topicWords(data.topics()).get("data").get("values").size();
    assertEquals(TopicWordsChart.MAX_WORD_PANELS * TopicWordsChart.WORDS_PER_PANEL, words);
    int keywords = VegaLiteSpecs.keywords(data.corpusKeywords()).get("data").get("values").size();
    assertEquals(KeywordsChart.MAX_KEYWORDS, keywords);
    assertEquals(0.123457, VegaLiteSpecs.r6(0.1234567), 0);
  }
}
