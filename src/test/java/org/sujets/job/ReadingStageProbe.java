package org.sujets.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.octet_length;
import static org.apache.spark.sql.functions.spark_partition_id;
import static org.apache.spark.sql.functions.sum;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.StageInfo;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sujets.config.ColumnMapping;
import org.sujets.config.InputConfig;
import org.sujets.config.InputFormat;
import org.sujets.config.LdaConfig;
import org.sujets.ingest.Columns;
import org.sujets.ingest.CorpusReader;

/**
 * bench/small-files.sh: the job's reading stage on one input (a folder of many small .txt files),
 * in a JVM of its own started as {@code bin/sujets} starts the job (local[*] unless the system
 * property {@code spark.master} says otherwise). A bench tool, not a test.
 *
 * <p>Three timings, in this order: {@code walk}, one plain walk of the folder by the Hadoop file
 * system API, the driver's listing rate without Spark; {@code listing}, what the driver does before
 * any task runs ({@link CorpusReader#read}: resolving the input, the listing that finds empty
 * files, Spark's file index; then the planning of the scan's tasks), with the heap it leaves held
 * ({@code listingHeapMb}, after a full collection); {@code reading}, {@link ReadArticles#read} as
 * {@code run} calls it, the "reading" of run.json: its own listing again (warm), the scan, the
 * spreading shuffle, the cache and the counts, with its Spark jobs and tasks. Then the partitions
 * the stage leaves: their number and each one's articles and text bytes (min, median, max), from
 * one aggregation by partition id. Prints one JSON object on stdout, each Spark stage on stderr.
 *
 * <p>usage: ReadingStageProbe INPUT
 */
public final class ReadingStageProbe {
  private ReadingStageProbe() {}

  public static void main(String[] args) throws TimeoutException, IOException {
    SparkSession spark = SparkSession.builder().appName("sujets reading probe")
        .master(System.getProperty("spark.master", "local[*]"))
        .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    InputConfig input = new InputConfig(List.of(args[0]), InputFormat.AUTO, ColumnMapping.defaults());
    Map<String, Object> figures = new LinkedHashMap<>();

    long start = System.nanoTime();
    figures.put("walkedFiles", walk(new Path(args[0]), spark.sparkContext().hadoopConfiguration()));
    figures.put("walkSeconds", seconds(start));

    listing(spark, input, figures);

    Tasks tasks = new Tasks();
    spark.sparkContext().addSparkListener(tasks);
    start = System.nanoTime();
    try (Persisted persisted = new Persisted()) {
      ReadArticles read =
          ReadArticles.read(spark, input, LdaConfig.auto(), new StageClock(JobProgress.silent()), persisted);
      figures.put("readingSeconds", seconds(start));
      spark.sparkContext().listenerBus().waitUntilEmpty();
      spark.sparkContext().removeSparkListener(tasks);
      figures.put("files", read.counts().files());
      figures.put("records", read.counts().records());
      figures.put("empty", read.counts().empty());
      figures.put("jobs", tasks.jobs.get());
      figures.put("tasks", tasks.tasks.get());
      figures.put("partitions", read.texts().javaRDD().getNumPartitions());
      List<long[]> sizes = partitions(read.texts());
      figures.put("nonEmptyPartitions", sizes.size());
      figures.put("articles", spread(sizes, 0));
      figures.put("bytes", spread(sizes, 1));
      figures.put("driverHeapMbAfter", heapMb());
      figures.put("driverHeapMbMax", Runtime.getRuntime().maxMemory() >> 20);
    }
    System.out.println(new ObjectMapper().writeValueAsString(figures));
    spark.stop();
  }

  /**
   * Times the listing and planning of {@code input}'s scan, and the heap they hold. The read is
   * dropped on return, so that the reading stage after it holds one file index, as in the job.
   */
  private static void listing(SparkSession spark, InputConfig input, Map<String, Object> figures) {
    long heapBefore = heapMb();
    long start = System.nanoTime();
    Dataset<Row> records = new CorpusReader(spark).read(input).records();
    figures.put("scanTasks", records.javaRDD().getNumPartitions());
    figures.put("listingSeconds", seconds(start));
    figures.put("listingHeapMb", heapMb() - heapBefore);
  }

  /** Articles and text bytes of each non-empty partition of {@code texts}, one small row each. */
  private static List<long[]> partitions(Dataset<Row> texts) {
    List<long[]> out = new ArrayList<>();
    for (Row r : texts.groupBy(spark_partition_id().as("p"))
        .agg(count(lit(1)), sum(octet_length(col(Columns.TEXT)))).collectAsList()) {
      out.add(new long[] {r.getLong(1), r.getLong(2)});
    }
    return out;
  }

  /** Min, median and max of one column of {@code sizes}; null when there is none. */
  private static Map<String, Long> spread(List<long[]> sizes, int column) {
    long[] v = sizes.stream().mapToLong(s -> s[column]).sorted().toArray();
    return v.length == 0 ? null : Map.of("min", v[0], "median", v[v.length / 2], "max", v[v.length - 1]);
  }

  /**
   * Files under {@code root}, by one plain walk of the file system as the driver's listing makes it
   * ({@code listStatusIterator}, folder by folder): the listing's rate without Spark.
   */
  private static long walk(Path root, Configuration conf) throws IOException {
    FileSystem fs = root.getFileSystem(conf);
    Deque<Path> folders = new ArrayDeque<>(List.of(root));
    long files = 0;
    while (!folders.isEmpty()) {
      RemoteIterator<FileStatus> entries = fs.listStatusIterator(folders.pop());
      while (entries.hasNext()) {
        FileStatus entry = entries.next();
        if (entry.isDirectory()) {
          folders.push(entry.getPath());
        } else {
          files++;
        }
      }
    }
    return files;
  }

  /** Heap in use after a full collection, in MB. */
  private static long heapMb() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory()) >> 20;
  }

  private static double seconds(long startNanos) {
    return Math.round((System.nanoTime() - startNanos) / 1e7) / 100.0;
  }

  /** Counts the reading stage's Spark jobs and tasks, and prints each Spark stage. */
  private static final class Tasks extends SparkListener {
    final AtomicLong jobs = new AtomicLong();
    final AtomicLong tasks = new AtomicLong();

    @Override
    public void onJobStart(SparkListenerJobStart start) {
      jobs.incrementAndGet();
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      tasks.incrementAndGet();
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted completed) {
      StageInfo stage = completed.stageInfo();
      long ms = (long) stage.completionTime().get() - (long) stage.submissionTime().get();
      System.err.printf(Locale.ROOT, "probe: Spark stage %d: %d tasks, %.2f s%n", stage.stageId(),
          stage.numTasks(), ms / 1e3);
    }
  }
}
