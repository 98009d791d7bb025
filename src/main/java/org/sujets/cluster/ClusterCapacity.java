package org.sujets.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToLongFunction;

/** The memory and cores of a cluster's live workers, in all and free, as its master reports them. */
public record ClusterCapacity(List<Worker> workers) {

  /** One live worker: what it offers in all, and what other applications leave free. */
  public record Worker(long memoryMiB, int cores, long freeMemoryMiB, int freeCores) {}

  /** From a standalone master's /json/ status: its workers in state ALIVE. */
  public static ClusterCapacity fromMasterJson(JsonNode status) {
    List<Worker> alive = new ArrayList<>();
    for (JsonNode w : status.path("workers")) {
      if ("ALIVE".equals(w.path("state").asText())) {
        alive.add(new Worker(w.path("memory").asLong(), w.path("cores").asInt(),
            w.path("memoryfree").asLong(), w.path("coresfree").asInt()));
      }
    }
    return new ClusterCapacity(List.copyOf(alive));
  }

  /** The cluster local-cluster[N,C,M] starts inside the driver: N workers of C cores and M MiB. */
  public static ClusterCapacity ofLocalCluster(int workers, int cores, long memoryMiB) {
    return new ClusterCapacity(Collections.nCopies(workers, new Worker(memoryMiB, cores, memoryMiB, cores)));
  }

  /** Whether a worker has that much free now. */
  public boolean fitsNow(ExecutorRequest request) {
    return workers.stream().anyMatch(w -> request.fits(w.freeMemoryMiB(), w.freeCores()));
  }

  /** Whether any live worker is large enough at all; false for no worker (they may be starting). */
  public boolean neverFits(ExecutorRequest request) {
    return !workers.isEmpty() && workers.stream().noneMatch(w -> request.fits(w.memoryMiB(), w.cores()));
  }

  /** "2 alive workers with at most 1024 MiB and 1 core free". */
  public String describeFree() {
    return describe(Worker::freeMemoryMiB, w -> w.freeCores(), " free");
  }

  /** "2 alive workers with at most 1024 MiB and 1 core each". */
  public String describeSize() {
    return describe(Worker::memoryMiB, w -> w.cores(), " each");
  }

  private String describe(ToLongFunction<Worker> memory, ToLongFunction<Worker> cores, String suffix) {
    if (workers.isEmpty()) {
      return "no alive worker";
    }
    long mostMemory = workers.stream().mapToLong(memory).max().orElse(0);
    long mostCores = workers.stream().mapToLong(cores).max().orElse(0);
    return workers.size() + (workers.size() == 1 ? " alive worker" : " alive workers") + " with at most "
        + mostMemory + " MiB and " + mostCores + (mostCores == 1 ? " core" : " cores") + suffix;
  }
}
