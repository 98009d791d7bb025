package org.sujets.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.trim;

import org.sujets.job.TextPipeline;
import org.sujets.features.TextColumns;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sujets.analysis.FrenchNewsStopWords;
import org.sujets.config.AnalysisConfig;
import org.sujets.config.ColumnMapping;
import org.sujets.config.InputConfig;
import org.sujets.config.InputFormat;
import org.sujets.ingest.Columns;
import org.sujets.ingest.CorpusReader;
import org.sujets.model.TopicModelBundle;
import org.sujets.storage.Folder;
import org.sujets.topics.Coherence;
import org.sujets.topics.Relevance;
import org.sujets.topics.WordDistributions;
import org.sujets.topics.TopicDiversity;

/**
 * Benchmark helper (never in CI).
 *   export INPUT OUT.tsv   — one line per article: id TAB analysed terms (space-separated), the
 *                            tokens every system is given
 *   score TERMS.tsv TOPICS.txt — TOPICS.txt: one topic per line, its top words space-separated
 *                            (most probable first); prints "npmi diversity" computed with Sujets'
 *                            own Coherence / TopicDiversity over the exported articles
 *   stopwords OUT.txt      — Sujets' default stop words (Lucene's French set and the news list),
 *                            one a line, for the peers of bench/quality/run.sh
 *   peers CORPUS NAME=DIR ... — the peer benchmark's scores over the raw corpus ({@link PeerScores})
 *   ranked MODEL SCORED OUT LAMBDA M... — a model's words by relevance among M candidates ({@link #rankedWords})
 */
public final class BenchHelper {
  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "stopwords" -> writeStopWords(Path.of(args[1]));
      case "peers" -> PeerScores.run(Arrays.copyOfRange(args, 1, args.length));
      default -> withSpark(args);
    }
  }

  /** Sorted, so the file is the same whatever the set's iteration order. */
  private static void writeStopWords(Path out) throws IOException {
    TreeSet<String> words = new TreeSet<>();
    for (Object word : FrenchNewsStopWords.defaults()) {
      words.add(word instanceof char[] chars ? new String(chars) : word.toString());
    }
    Files.write(out, words, StandardCharsets.UTF_8);
  }

  /**
   * ranked MODEL SCORED OUT LAMBDA M...: a saved model's top 10 words per topic (in its shown order)
   * by relevance at LAMBDA among each topic's M most probable words (M = 0: by probability), as
   * OUT-M/topics.tsv, with SCORED/assign.tsv (the run's dominant topics) copied beside, for
   * {@code peers} and {@code peers.py cv}: how {@link Relevance#CANDIDATES} was chosen.
   */
  private static void rankedWords(String[] args) throws IOException {
    TopicModelBundle bundle = TopicModelBundle.load(Folder.local(Path.of(args[1])));
    double[][] byModel = WordDistributions.of(bundle.lda());
    double[] corpus = WordDistributions.corpusOf(bundle.lda());
    String[] readable = bundle.manifest().readable();
    int[] order = bundle.manifest().topicOrder();
    double lambda = Double.parseDouble(args[4]);
    for (int a = 5; a < args.length; a++) {
      int m = Integer.parseInt(args[a]);
      List<String> lines = new ArrayList<>();
      for (int t : order) {
        int[] top = m == 0 ? WordDistributions.topTerms(new double[][] {byModel[t]}, Coherence.TOP_WORDS)[0]
            : Relevance.top(byModel[t], corpus, lambda, Coherence.TOP_WORDS, m);
        lines.add(String.join("\t", Arrays.stream(top).mapToObj(w -> readable[w]).toList()));
      }
      Path out = Path.of(args[3] + "-" + m);
      Files.createDirectories(out);
      Files.write(out.resolve("topics.tsv"), lines, StandardCharsets.UTF_8);
      Files.copy(Path.of(args[2], "assign.tsv"), out.resolve("assign.tsv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void withSpark(String[] args) throws Exception {
    SparkSession spark = SparkSession.builder().master("local[2]").appName("bench-quality")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    if (args[0].equals("ranked")) {
      rankedWords(args);
    } else if (args[0].equals("export")) {
      Dataset<Row> raw = new CorpusReader(spark)
          .read(new InputConfig(List.of(args[1]), InputFormat.AUTO, ColumnMapping.defaults())).articles();
      TextPipeline.tokenizer(AnalysisConfig.defaults())
          .transform(raw.filter(trim(col(Columns.TEXT)).notEqual("")))
          .filter(size(col(TextColumns.TERMS)).gt(0))
          .select(concat_ws("\t", col(Columns.ID), concat_ws(" ", col(TextColumns.TERMS))))
          .coalesce(1).write().text(args[2] + ".d");
      try (var parts = Files.list(Path.of(args[2] + ".d"))) {
        Path part = parts.filter(p -> p.getFileName().toString().startsWith("part-")).findFirst().orElseThrow();
        Files.move(part, Path.of(args[2]), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    } else {
      List<String[]> topics = new ArrayList<>();
      LinkedHashSet<String> words = new LinkedHashSet<>();
      for (String line : Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          String[] top = line.trim().split("\\s+");
          topics.add(top);
          for (int i = 0; i < Math.min(Coherence.TOP_WORDS, top.length); i++) {
            words.add(top[i]);
          }
        }
      }
      List<String> vocab = new ArrayList<>(words);
      int[][] top10 = new int[topics.size()][];
      int[][] top25 = new int[topics.size()][];
      List<String> all = new ArrayList<>(vocab);
      for (int t = 0; t < topics.size(); t++) {
        String[] top = topics.get(t);
        top10[t] = new int[Math.min(Coherence.TOP_WORDS, top.length)];
        for (int i = 0; i < top10[t].length; i++) {
          top10[t][i] = vocab.indexOf(top[i]);
        }
        top25[t] = new int[Math.min(TopicDiversity.TOP_WORDS, top.length)];
        for (int i = 0; i < top25[t].length; i++) {
          int at = all.indexOf(top[i]);
          if (at < 0) {
            all.add(top[i]);
            at = all.size() - 1;
          }
          top25[t][i] = at;
        }
      }
      Dataset<Row> articles = spark.read().option("sep", "\t").csv(args[1]).toDF("id", "text")
          .select(split(col("text"), " ").as("terms"));
      Dataset<Row> tf = new CountVectorizerModel(vocab.toArray(new String[0]))
          .setInputCol("terms").setOutputCol("tf").setBinary(true).transform(articles);
      double npmi = Coherence.mean(Coherence.npmi(tf, "tf", top10));
      System.out.printf(Locale.ROOT, "%.4f %.4f%n", npmi, TopicDiversity.of(top25));
    }
    spark.stop();
  }
}
