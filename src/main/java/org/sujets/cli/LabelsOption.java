package org.sujets.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.sujets.config.GivenLabels;
import org.sujets.storage.Locations;
import picocli.CommandLine.Option;

/** {@code --labels FILE}: names for topics, shown in every output and stored in the model. */
public final class LabelsOption {
  @Option(names = "--labels", paramLabel = "FILE",
      description = "Topic names, one 'ID: NAME' a line (UTF-8, # comments), e.g. '3: Réforme des retraites';"
          + " shown in every output and kept in the model. A local path or a URI.")
  String labels;

  /**
   * The labels of the file, or none without {@code --labels}.
   *
   * @throws IllegalArgumentException for an unreadable file or a bad line (file, line, problem)
   */
  GivenLabels givenLabels(Configuration hadoop) {
    return labels == null ? GivenLabels.none() : GivenLabels.parse(labels, read(labels, hadoop));
  }

  /** The file's text, read through Hadoop's file systems before Spark starts; strict UTF-8. */
  static String read(String location, Configuration hadoop) {
    return read("--labels", "labels", location, hadoop);
  }

  /**
   * A small UTF-8 text file named by {@code option}, read as {@link #read(String, Configuration)}
   * reads a labels file; {@code what} names it in the fix ("save the labels file as UTF-8").
   *
   * @param hadoop the configuration of the file systems ({@link HadoopBeforeSpark})
   */
  static String read(String option, String what, String location, Configuration hadoop) {
    try {
      Path file = Locations.of(location);
      byte[] bytes;
      try (var in = file.getFileSystem(hadoop).open(file)) {
        bytes = in.readAllBytes();
      }
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(location + " is not UTF-8 text: save the " + what + " file as UTF-8");
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + option + " " + location + ": "
          + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    }
  }
}
