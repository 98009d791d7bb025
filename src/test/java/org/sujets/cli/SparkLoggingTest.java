package org.sujets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujets.LocalSpark;
import org.sujets.config.ColumnMapping;
import org.sujets.config.InputConfig;
import org.sujets.config.InputFormat;
import org.sujets.ingest.CorpusReader;

class SparkLoggingTest {

  /**
   * A glob --input is first looked up by Spark as a literal path (for a streaming sink's metadata
   * folder); the miss was logged as a WARN with a 40-line stack trace on every run with a glob.
   */
  @Test
  void aGlobInputLogsNoWarning(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.jsonl"), "{\"id\": \"a\", \"text\": \"Un article.\"}\n");
    Files.writeString(dir.resolve("b.jsonl"), "{\"id\": \"b\", \"text\": \"Un autre.\"}\n");
    SparkLogging.configure(false);
    List<LogEvent> warnings = new CopyOnWriteArrayList<>();
    AbstractAppender capture = new AbstractAppender("capture", null, null, true, Property.EMPTY_ARRAY) {
      @Override
      public void append(LogEvent event) {
        warnings.add(event.toImmutable());
      }
    };
    capture.start();
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    LoggerConfig root = context.getConfiguration().getRootLogger();
    root.addAppender(capture, Level.WARN, null);
    context.updateLoggers();
    try {
      long articles = new CorpusReader(LocalSpark.session())
          .read(new InputConfig(List.of(dir.resolve("*.jsonl").toString()), InputFormat.AUTO, ColumnMapping.defaults()))
          .articles().count();
      assertEquals(2, articles);
    } finally {
      root.removeAppender("capture");
      context.updateLoggers();
    }
    assertEquals(List.of(), warnings.stream().map(e -> e.getLoggerName() + ": " + e.getMessage().getFormattedMessage()).toList());
  }
}
