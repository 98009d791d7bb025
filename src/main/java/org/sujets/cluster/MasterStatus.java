package org.sujets.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;

/**
 * Reads what a cluster has free, where it can be known: a standalone master's JSON status (its
 * web UI, port spark.master.ui.port, 8080 by default), or the local-cluster[N,C,M] URL itself.
 */
public final class MasterStatus {
  private static final Pattern LOCAL_CLUSTER = Pattern.compile("local-cluster\\[\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*]");
  private static final int HTTP_TIMEOUT_MS = 2000;

  private MasterStatus() {}

  /** Empty for YARN, Kubernetes, or a master whose web UI does not answer. */
  public static Optional<ClusterCapacity> read(String master, SparkConf conf) {
    Matcher local = LOCAL_CLUSTER.matcher(master);
    if (local.matches()) {
      return Optional.of(ClusterCapacity.ofLocalCluster(Integer.parseInt(local.group(1)),
          Integer.parseInt(local.group(2)), Long.parseLong(local.group(3))));
    }
    if (!master.startsWith("spark://")) {
      return Optional.empty();
    }
    int uiPort = conf.getInt("spark.master.ui.port", 8080);
    for (MasterAddress address : MasterAddress.ofStandaloneUrl(master)) {
      Optional<ClusterCapacity> capacity = readJson(address.host(), uiPort);
      if (capacity.isPresent()) {
        return capacity;
      }
    }
    return Optional.empty();
  }

  private static Optional<ClusterCapacity> readJson(String host, int uiPort) {
    try {
      HttpURLConnection http = (HttpURLConnection) new URL("http", host, uiPort, "/json/").openConnection();
      http.setConnectTimeout(HTTP_TIMEOUT_MS);
      http.setReadTimeout(HTTP_TIMEOUT_MS);
      try (InputStream in = http.getInputStream()) {
        var status = new ObjectMapper().readTree(in);
        // A standby master (high availability) lists no workers.
        return "ALIVE".equals(status.path("status").asText())
            ? Optional.of(ClusterCapacity.fromMasterJson(status)) : Optional.empty();
      } finally {
        http.disconnect();
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
