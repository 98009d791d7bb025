package org.sujets.cli;

import java.util.List;
import org.sujets.config.TopicMerge;
import picocli.CommandLine.Option;

/** {@code --merge} and {@code --reduce-to}: fewer topics, fitted on from the first fit's. */
public final class MergeOptions {
  @Option(names = "--merge", paramLabel = "IDS",
      description = "Merge these topics (ids as in topics.json of the run without merging, e.g. 3,7) and fit on"
          + " from the merged topics; repeat for several groups. The merged topic takes the smallest id of"
          + " its parts, the others are renumbered in order.")
  List<String> merge;

  @Option(names = "--reduce-to", paramLabel = "K",
      description = "Cut the topic tree (topics.json's hierarchy) to K topics, merge each group as --merge"
          + " does and fit on from them. 2 ≤ K < the number of topics.")
  Integer reduceTo;

  /**
   * The merging asked for, or none.
   *
   * @throws IllegalArgumentException for a bad id list, a topic in two groups or a bad K
   */
  TopicMerge topicMerge() {
    return TopicMerge.parse(merge, reduceTo);
  }
}
