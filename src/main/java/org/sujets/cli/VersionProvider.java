package org.sujets.cli;

import picocli.CommandLine.IVersionProvider;

/** Prints the Sujets version from the jar manifest. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"sujets " + (v != null ? v : "dev")};
  }
}
