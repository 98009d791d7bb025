package org.sujets.job;

/** Where a run reports what it is doing. The command line prints it; tests may ignore it. */
public interface JobProgress {
  /** A stage (reading, analysis, vocabulary, TF-IDF, LDA, writing) starts. */
  void stageStarted(String stage);

  /** A stage ends, with its wall time and a short summary such as "5 articles". */
  void stageFinished(String stage, double seconds, String summary);

  /** LDA finished iteration {@code iteration} of {@code total}. */
  void ldaIteration(int iteration, int total);

  /** Something the user should know that does not stop the run. */
  void warning(String message);

  /** Reports nothing. */
  static JobProgress silent() {
    return new JobProgress() {
      @Override
      public void stageStarted(String stage) {}

      @Override
      public void stageFinished(String stage, double seconds, String summary) {}

      @Override
      public void ldaIteration(int iteration, int total) {}

      @Override
      public void warning(String message) {}
    };
  }
}
