package org.sujets.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.sujets.analysis.AnalyzedText;
import org.sujets.analysis.AnalyzerSpec;
import org.sujets.analysis.FrenchNewsAnalyzer;
import org.sujets.analysis.TextAnalysis;
import org.sujets.analysis.TokenGaps;
import org.sujets.features.BoilerplateLines;

/**
 * Baseline (a) of bench/run.sh: {@link FrenchNewsAnalyzer} over texts held in memory, in plain
 * Java threads, no Spark: the physical limit for the job's analysis stage. Four modes: "french"
 * pulls the token stream of Lucene's own {@link FrenchAnalyzer} (what the issue measured as "raw
 * FrenchAnalyzer"); "tokens" pulls ours; "analyze" is {@link TextAnalysis#analyze} (terms and
 * surface forms collected), the "raw Lucene"; "stage" is all the per-article work of the job's analysis
 * stage in plain Java: the built-in boilerplate rules ({@link BoilerplateLines#clean}, no learned
 * line), the analysis and the {@link TokenGaps} — what the Spark stage would cost if Spark cost
 * nothing. Each is run once on up to 20,000 texts to warm the JIT, then each is timed. Prints one
 * JSON line per mode on stdout.
 *
 * <p>usage: LuceneBaseline CORPUS_DIR MAX_ARTICLES THREADS
 */
public final class LuceneBaseline {
  private static final List<String> MODES = List.of("french", "tokens", "analyze", "stage");

  private LuceneBaseline() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int limit = Integer.parseInt(args[1]);
    int threads = Integer.parseInt(args[2]);
    List<String> texts = BenchCorpus.texts(dir, limit);
    long bytes = 0;
    for (String t : texts) {
      bytes += t.getBytes(StandardCharsets.UTF_8).length;
    }
    for (String mode : MODES) { // warm the JIT on every path before timing any
      run(texts, threads, mode, Math.min(texts.size(), 20_000));
    }
    for (String mode : MODES) {
      long start = System.nanoTime();
      long tokens = run(texts, threads, mode, texts.size());
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT,
          "{\"baseline\":\"lucene-%s\",\"threads\":%d,\"articles\":%d,\"bytes\":%d,\"tokens\":%d,"
              + "\"seconds\":%.3f,\"articlesPerSecond\":%.1f,\"mbPerSecond\":%.2f}%n",
          mode, threads, texts.size(), bytes, tokens, seconds, texts.size() / seconds, bytes / 1e6 / seconds);
    }
  }

  /**
   * Analyzes texts[0, n) on {@code threads} threads, one analyzer each, in {@code mode} ("french",
   * "tokens", "analyze" or "stage"); returns the token count.
   */
  public static long run(List<String> texts, int threads, String mode, int n) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicLong tokens = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread[] workers = new Thread[threads];
    for (int w = 0; w < threads; w++) {
      workers[w] = new Thread(() -> {
        long count = 0;
        BoilerplateLines boilerplate = new BoilerplateLines(Set.of(), true);
        try (FrenchNewsAnalyzer analyzer = new FrenchNewsAnalyzer(AnalyzerSpec.defaults());
            FrenchAnalyzer stock = new FrenchAnalyzer()) {
          int i;
          while ((i = next.getAndAdd(64)) < n) {
            for (int j = i; j < Math.min(n, i + 64); j++) {
              count += switch (mode) {
                case "french" -> pull(stock, texts.get(j));
                case "tokens" -> pull(analyzer, texts.get(j));
                case "analyze" -> TextAnalysis.analyze(analyzer, texts.get(j)).terms().size();
                default -> stage(analyzer, boilerplate, texts.get(j));
              };
            }
          }
        } catch (IOException e) {
          throw new RuntimeException(e);
        }
        tokens.addAndGet(count);
      });
      workers[w].setUncaughtExceptionHandler((t, e) -> failure.compareAndSet(null, e));
      workers[w].start();
    }
    for (Thread t : workers) {
      t.join();
    }
    if (failure.get() != null) {
      throw new IllegalStateException("analysis thread failed", failure.get());
    }
    if (tokens.get() == 0 && n > 0) {
      throw new IllegalStateException("no token from " + n + " texts: wrong corpus?");
    }
    return tokens.get();
  }

  /** Boilerplate removal, analysis and gaps, as the job's stage does them per article. */
  private static long stage(FrenchNewsAnalyzer analyzer, BoilerplateLines boilerplate, String text) {
    String cleaned = boilerplate.clean(text, null).text();
    AnalyzedText analyzed = TextAnalysis.analyze(analyzer, cleaned);
    return TokenGaps.of(cleaned, analyzed).size();
  }

  private static long pull(Analyzer analyzer, String text) throws IOException {
    long n = 0;
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      ts.reset();
      while (ts.incrementToken()) {
        n++;
      }
      ts.end();
    }
    return n;
  }
}
