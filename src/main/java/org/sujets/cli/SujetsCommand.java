package org.sujets.cli;

import picocli.CommandLine.Command;

/** The top-level command: {@code sujets <subcommand>}. */
@Command(
    name = "sujets",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Topics and keywords for French news archives (Lucene + Spark MLlib).",
    subcommands = {RunCommand.class, TuneCommand.class, InferCommand.class, UpdateCommand.class, LabelCommand.class,
        SearchCommand.class,
        picocli.CommandLine.HelpCommand.class})
public final class SujetsCommand {}
