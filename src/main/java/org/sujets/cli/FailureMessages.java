package org.sujets.cli;

import java.nio.file.AccessDeniedException;
import org.apache.hadoop.security.AccessControlException;
import org.sujets.cluster.ClusterUnavailableException;
import org.sujets.storage.MissingFileSystemException;

/** Finds the message a user should read in an exception chain (Spark wraps causes deeply). */
final class FailureMessages {
  private FailureMessages() {}

  static String oneLine(Throwable e) {
    String known = knownCause(e);
    if (known != null) {
      return firstLine(known);
    }
    Throwable useful = e;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IllegalArgumentException || t instanceof java.io.IOException
          || t instanceof java.io.UncheckedIOException) {
        useful = t;
        break;
      }
    }
    String message = useful.getMessage();
    if (message == null || message.isBlank()) {
      message = useful.getClass().getSimpleName();
    }
    return firstLine(message);
  }

  /**
   * The line for the failures whose cause and fix are known, wherever they are in the chain: an
   * unusable cluster, a missing file system package, a permission refused. Null for the others.
   */
  private static String knownCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ClusterUnavailableException || t instanceof MissingFileSystemException) {
        return t.getMessage();
      }
      MissingFileSystemException missing = MissingFileSystemException.fromHadoop(t);
      if (missing != null) {
        return missing.getMessage();
      }
      if (t instanceof AccessDeniedException denied) {
        // Its message is the path, then (S3A, for one) the service's reason.
        return "permission denied: " + firstLine(String.valueOf(denied.getMessage()))
            + "; give this user access to it, or choose another path";
      }
      if (t instanceof AccessControlException denied) {
        // HDFS: "Permission denied: user=u, access=WRITE, inode="/out":hdfs:supergroup:drwxr-xr-x".
        String message = firstLine(String.valueOf(denied.getMessage()));
        return (message.toLowerCase(java.util.Locale.ROOT).startsWith("permission denied") ? message
            : "permission denied: " + message) + "; give this user access to it, or choose another path";
      }
    }
    return null;
  }

  private static String firstLine(String message) {
    String first = message.strip().lines().findFirst().orElse(message);
    return first.length() > 500 ? first.substring(0, 500) + "…" : first;
  }
}
