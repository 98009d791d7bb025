package org.sujets.cluster;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MasterReachabilityTest {
  private static final Duration TIMEOUT = MasterReachability.CONNECT_TIMEOUT;

  /** A port nothing listens on: bound, then released. */
  static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Test
  void aClosedPortFailsAtOnceNamingTheMaster() throws IOException {
    String url = "spark://127.0.0.1:" + closedPort();
    long start = System.nanoTime();
    ClusterUnavailableException e = assertThrows(ClusterUnavailableException.class,
        () -> MasterReachability.requireReachable(url, TIMEOUT));
    assertEquals("cannot reach the Spark master " + url + " (connection refused); check --master and that the"
        + " master is running", e.getMessage());
    assertTrue(System.nanoTime() - start < TIMEOUT.toNanos(), "took longer than the connect time-out");
  }

  @Test
  void aListeningMasterPasses() throws IOException {
    try (ServerSocket master = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertDoesNotThrow(() -> MasterReachability.requireReachable("spark://127.0.0.1:" + master.getLocalPort(), TIMEOUT));
    }
  }

  /** High availability: Spark registers with whichever master answers; the others may be down standbys. */
  @Test
  void oneLiveMasterOfSeveralIsEnough() throws IOException {
    int down = closedPort();
    try (ServerSocket up = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertDoesNotThrow(() -> MasterReachability.requireReachable(
          "spark://127.0.0.1:" + down + ",127.0.0.1:" + up.getLocalPort(), TIMEOUT));
    }
  }

  @Test
  void noLiveMasterOfSeveralNamesEach() throws IOException {
    int a = closedPort();
    String url = "spark://127.0.0.1:" + a + ",nosuchhost.invalid:7077";
    ClusterUnavailableException e = assertThrows(ClusterUnavailableException.class,
        () -> MasterReachability.requireReachable(url, TIMEOUT));
    assertEquals("cannot reach any Spark master of " + url + " (127.0.0.1:" + a + ": connection refused,"
        + " nosuchhost.invalid:7077: unknown host); check --master and that a master is running", e.getMessage());
  }

  @Test
  void masterUrlsAreParsedAsSparkDoes() {
    assertEquals(List.of(new MasterAddress("h1", 7077), new MasterAddress("h2", 7078)),
        MasterAddress.ofStandaloneUrl("spark://h1:7077,h2:7078/"));
    assertEquals("[::1]:7077", MasterAddress.ofStandaloneUrl("spark://[::1]:7077").get(0).toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MasterAddress.ofStandaloneUrl("spark://h1:7077,h2"));
    assertTrue(e.getMessage().contains("'h2' is not HOST:PORT"), e.getMessage());
  }
}
