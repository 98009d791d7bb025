package org.sujets.cluster;

/**
 * The cluster cannot run the job (master unreachable, no executor can start). Its message is the
 * line a user reads: the cause, "; ", then the fix.
 */
public final class ClusterUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ClusterUnavailableException(String message) {
    super(message);
  }

  public ClusterUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
