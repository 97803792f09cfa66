package io.crm4j.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code crm4j-cli.jar} entry point. Conventions every command follows: JSON to stdout, CSV
 * to {@code --out} or stdout, errors to stderr with a non-zero exit code, progress on stderr.
 */
@Command(
    name = "crm4j",
    mixinStandardHelpOptions = true,
    version = "crm4j 0.1.0",
    description = "crm4j command line: CRM scoring and the demo job.",
    subcommands = {
        CommandLine.HelpCommand.class,
        DemoCommand.class,
        ReportCommand.class,
        RfmCommand.class,
        AbcCommand.class,
        SeasonalCommand.class,
        ClvCommand.class,
        CreditCommand.class,
        ForecastCommand.class,
        CoolingOffCommand.class,
        ComplaintDueCommand.class,
    })
public final class Crm4jCli implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code; for tests. */
  public static int run(String... args) {
    CommandLine cl = commandFor(args);
    boolean direct = cl.getCommand() != null && !(cl.getCommand() instanceof Crm4jCli);
    cl.setExecutionExceptionHandler((ex, cmd, parse) -> {
      cmd.getErr().println("error: " + ex.getMessage());
      return 1;
    });
    return cl.execute(direct ? java.util.Arrays.copyOfRange(args, 1, args.length) : args);
  }

  /**
   * The command tree for these arguments. Building picocli's model loads every command class, which
   * dominated the start-up of short runs such as {@code clv fit}; so when the first argument names
   * one of the registered commands, only that command is built, under the qualified name
   * {@code crm4j <command>}.
   */
  private static CommandLine commandFor(String... args) {
    Class<?> named = args.length == 0 ? null : registered(args[0]);
    if (named == null) {
      return new CommandLine(new Crm4jCli());
    }
    CommandLine cl;
    try {
      cl = new CommandLine(named.getDeclaredConstructor().newInstance());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("command " + named.getName() + " must have a no-argument constructor", e);
    }
    cl.setCommandName("crm4j " + args[0]);
    return cl;
  }

  /** The registered subcommand class with this name, other than picocli's help. */
  private static Class<?> registered(String name) {
    for (Class<?> c : Crm4jCli.class.getAnnotation(Command.class).subcommands()) {
      Command command = c.getAnnotation(Command.class);
      if (c != CommandLine.HelpCommand.class && command != null && command.name().equals(name)) {
        return c;
      }
    }
    return null;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
