package org.sujets;

/** The messages of an exception chain, joined, for assertions on wrapped Spark errors. */
public final class TestMessages {
  private TestMessages() {}

  public static String oneLine(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      b.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append(" | ");
    }
    return b.toString();
  }
}
