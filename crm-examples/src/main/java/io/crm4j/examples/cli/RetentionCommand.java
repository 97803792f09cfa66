package io.crm4j.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code retention}: contractual retention models (issue 19). */
@Command(
    name = "retention",
    mixinStandardHelpOptions = true,
    description = "Contractual retention: fit the shifted-beta-geometric (sBG) model to a cohort's survivors.",
    subcommands = {
        RetentionSbgCommand.class,
    })
public final class RetentionCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
