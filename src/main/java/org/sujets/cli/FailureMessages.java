package org.sujets.cli;

/** Finds the message a user should read in an exception chain (Spark wraps causes deeply). */
final class FailureMessages {
  private FailureMessages() {}

  static String oneLine(Throwable e) {
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
    String first = message.strip().lines().findFirst().orElse(message);
    return first.length() > 500 ? first.substring(0, 500) + "…" : first;
  }
}
