package org.sujets.cluster;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/** One host:port of a standalone master URL. */
public record MasterAddress(String host, int port) {

  /**
   * The addresses of spark://HOST:PORT, or of spark://H1:P1,H2:P2 (masters in ZooKeeper
   * high-availability mode), parsed as Spark does: each part as the URI spark://part.
   *
   * @throws IllegalArgumentException when a part has no host or no port
   */
  public static List<MasterAddress> ofStandaloneUrl(String url) {
    String rest = url.trim().substring("spark://".length());
    List<MasterAddress> addresses = new ArrayList<>();
    for (String part : rest.split(",")) {
      addresses.add(parse(url, part.endsWith("/") ? part.substring(0, part.length() - 1) : part));
    }
    return addresses;
  }

  private static MasterAddress parse(String url, String part) {
    try {
      URI uri = new URI("spark://" + part);
      if (uri.getHost() != null && uri.getPort() > 0) {
        return new MasterAddress(uri.getHost(), uri.getPort());
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new IllegalArgumentException("--master '" + url + "': '" + part + "' is not HOST:PORT; use"
        + " spark://HOST:PORT (the master's port, 7077 by default) or spark://HOST1:PORT1,HOST2:PORT2");
  }

  @Override
  public String toString() {
    return (host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
  }
}
