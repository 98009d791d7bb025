package org.sujets.cluster;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A TCP connect to a standalone master before Spark starts. Spark itself retries an unreachable
 * master three times, 20 s apart, logging a stack trace each time, and then reports only a
 * stopped SparkContext.
 */
public final class MasterReachability {
  /** Ample for a master on the network; a refused connection fails at once anyway. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

  private MasterReachability() {}

  /**
   * Returns when one master of a spark:// URL accepts a connection: with several (high
   * availability), the others may be down standbys, which Spark skips too.
   *
   * @throws ClusterUnavailableException naming each address and why it failed
   * @throws IllegalArgumentException when the URL has an address without a host or port
   */
  public static void requireReachable(String masterUrl, Duration timeout) {
    List<MasterAddress> addresses = MasterAddress.ofStandaloneUrl(masterUrl);
    List<String> failures = new ArrayList<>();
    for (MasterAddress address : addresses) {
      String failure = connect(address, timeout);
      if (failure == null) {
        return;
      }
      failures.add(addresses.size() == 1 ? failure : address + ": " + failure);
    }
    String url = masterUrl.trim();
    throw new ClusterUnavailableException(addresses.size() == 1
        ? "cannot reach the Spark master " + url + " (" + failures.get(0) + "); check --master and"
            + " that the master is running"
        : "cannot reach any Spark master of " + url + " (" + String.join(", ", failures) + ");"
            + " check --master and that a master is running");
  }

  /** Null when the address accepts a TCP connection, else why not, in a few words. */
  static String connect(MasterAddress address, Duration timeout) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address.host(), address.port()), (int) timeout.toMillis());
      return null;
    } catch (UnknownHostException e) {
      return "unknown host";
    } catch (SocketTimeoutException e) {
      return "no answer within " + timeout.toSeconds() + " s";
    } catch (NoRouteToHostException e) {
      return "no route to host";
    } catch (ConnectException e) {
      String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      return message.contains("refused") ? "connection refused" : message;
    } catch (IOException | IllegalArgumentException e) {
      return e instanceof IOException && e.getMessage() != null ? e.getMessage() : e.toString();
    }
  }
}
