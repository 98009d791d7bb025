package org.sujets.job;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The datasets a command caches, released together when it ends, failed or not. Memory and disk:
 * a partition that does not fit spills rather than being recomputed from the input.
 */
final class Persisted implements AutoCloseable {
  private final List<Dataset<?>> datasets = new ArrayList<>();

  /** Caches {@code dataset} (lazily: the first action fills it) until {@link #close}. */
  Dataset<Row> keep(Dataset<Row> dataset) {
    datasets.add(dataset);
    return dataset.persist(StorageLevel.MEMORY_AND_DISK());
  }

  /** Releases {@code dataset}, cached by {@link #keep}, now rather than at {@link #close}. */
  void release(Dataset<Row> dataset) {
    if (datasets.removeIf(kept -> kept == dataset)) {
      dataset.unpersist();
    }
  }

  /** Releases {@code dataset}, already cached by someone else, at {@link #close}. */
  void add(Dataset<?> dataset) {
    datasets.add(dataset);
  }

  @Override
  public void close() {
    datasets.forEach(Dataset::unpersist);
    datasets.clear();
  }
}
