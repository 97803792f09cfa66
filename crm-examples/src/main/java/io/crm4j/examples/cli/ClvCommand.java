package io.crm4j.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code clv}: customer lifetime value and purchase-behaviour models (issue 3). */
@Command(
    name = "clv",
    mixinStandardHelpOptions = true,
    description = "CLV: summarize transactions, fit and apply BG/NBD, Pareto/NBD, MBG/NBD, BG/BB and Gamma-Gamma.",
    subcommands = {
        ClvSummarizeCommand.class,
        ClvFitCommand.class,
        ClvPredictCommand.class,
        ClvValueCommand.class,
        ClvSimulateCommand.class,
        ClvSimulateLogCommand.class,
    })
public final class ClvCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
