package io.crm4j.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code retention}: contractual retention models and the value-at-risk worklist (issue 19). */
@Command(
    name = "retention",
    mixinStandardHelpOptions = true,
    description = "Retention: the sBG fit of a cohort's survivors (sbg) and the value-at-risk worklist (worklist).",
    subcommands = {
        RetentionSbgCommand.class,
        RetentionWorklistCommand.class,
    })
public final class RetentionCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
