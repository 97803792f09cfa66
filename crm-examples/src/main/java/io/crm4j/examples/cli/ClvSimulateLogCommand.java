package io.crm4j.examples.cli;

import io.crm4j.examples.analysis.SimulatedLog;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code clv simulate-log}: a synthetic transaction log drawn from BG/NBD and Gamma-Gamma, for trying analyze at scale. */
@Command(
    name = "simulate-log",
    mixinStandardHelpOptions = true,
    description = "Write a synthetic transaction log (customer_id,date,amount) of --rows rows drawn from BG/NBD and "
        + "Gamma-Gamma with the CDNOW estimates; prints the number of customers as JSON.")
public final class ClvSimulateLogCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--rows", required = true, description = "Number of transactions, 1 to 200,000,000.")
  long rows;

  @Option(names = "--start", defaultValue = "2024-01-01", description = "First day (default ${DEFAULT-VALUE}).")
  LocalDate start;

  @Option(names = "--weeks", defaultValue = "78", description = "Weeks observed (default ${DEFAULT-VALUE}).")
  int weeks;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", required = true, description = "CSV output file.")
  Path out;

  @Override
  public Integer call() {
    long customers = SimulatedLog.write(out, rows, start, weeks, seed);
    spec.commandLine().getOut().println("{\"rows\":" + rows + ",\"customers\":" + customers + "}");
    spec.commandLine().getOut().flush();
    return 0;
  }
}
