package io.crm4j.examples.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
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
        AnalyzeCommand.class,
        ImportCommand.class,
        RfmCommand.class,
        AbcCommand.class,
        SeasonalCommand.class,
        ClvCommand.class,
        CreditCommand.class,
        ForecastCommand.class,
        CoolingOffCommand.class,
        ComplaintDueCommand.class,
        RetentionCommand.class,
    })
public final class Crm4jCli implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code; for tests. */
  public static int run(String... args) {
    Class<?> named = Crm4jCli.class;
    int depth = 0;
    while (depth < args.length) {
      Class<?> next = registered(named, args[depth]);
      if (next == null) {
        break;
      }
      named = next;
      depth++;
    }
    String[] rest = java.util.Arrays.copyOfRange(args, depth, args.length);
    Object command = newCommand(named);
    if (command instanceof FastStart.StartsFast fast) {
      int code = FastStart.tryRun(fast, rest);
      if (code != FastStart.NOT_HANDLED) {
        return code;
      }
      command = newCommand(named);
    }
    CommandLine cl = new CommandLine(command);
    cl.registerConverter(LocalDate.class, Crm4jCli::date);
    cl.registerConverter(Instant.class, Crm4jCli::instant);
    if (depth > 0) {
      cl.setCommandName("crm4j " + String.join(" ", java.util.Arrays.copyOf(args, depth)));
    }
    cl.setExecutionExceptionHandler((ex, cmd, parse) -> {
      cmd.getErr().println(errorLine(ex));
      cmd.getErr().flush();
      return 1;
    });
    cl.setParameterExceptionHandler((ex, rawArgs) -> {
      CommandLine cmd = ex.getCommandLine();
      cmd.getErr().println(errorLine(ex) + " (see '" + cmd.getCommandName() + " --help')");
      cmd.getErr().flush();
      return cmd.getCommandSpec().exitCodeOnInvalidInput();
    });
    return cl.execute(rest);
  }

  /** An option's {@code yyyy-MM-dd} value; picocli names the option in front of the message. */
  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw new CommandLine.TypeConversionException("must be a date yyyy-MM-dd, such as 2024-03-01, but was '"
          + text + "'");
    }
  }

  /** An option's instant value (ISO-8601 in UTC); picocli names the option in front of the message. */
  static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeException e) {
      throw new CommandLine.TypeConversionException("must be an instant in UTC, such as 2026-03-02T15:00:00Z, but was '"
          + text + "'");
    }
  }

  /**
   * The one line a failed command prints on standard error: {@code error: } and the exception's
   * message with line breaks folded, or the exception's type when it has no message. Never a stack
   * trace.
   */
  static String errorLine(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      Throwable cause = e.getCause();
      return cause != null && cause != e ? errorLine(cause) : "error: " + e.getClass().getSimpleName();
    }
    return "error: " + oneLine(message);
  }

  /** {@code text} with each line break and the indentation after it folded into one space. */
  static String oneLine(String text) {
    return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }

  /**
   * A new instance of a command class. {@link #run} builds only the innermost command the leading
   * arguments name ({@code clv fit} builds {@code ClvFitCommand} alone, named {@code crm4j clv fit}):
   * building picocli's model for the whole tree costs more than the work of a short run.
   */
  private static Object newCommand(Class<?> command) {
    try {
      return command.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("command " + command.getName() + " must have a no-argument constructor", e);
    }
  }

  /** The subcommand class of {@code parent} with this name, other than picocli's help; null if none. */
  private static Class<?> registered(Class<?> parent, String name) {
    Command declared = parent.getAnnotation(Command.class);
    if (declared == null) {
      return null;
    }
    for (Class<?> c : declared.subcommands()) {
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
