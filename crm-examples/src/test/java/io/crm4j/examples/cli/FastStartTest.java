package io.crm4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Option;

class FastStartTest {

  /** Sets the options like FastStart does but never calls the command, so the fields can be compared. */
  private static final class Recorder implements FastStart.StartsFast {
    @Option(names = "--name", required = true)
    String name;

    @Option(names = "--count", defaultValue = "3")
    int count;

    @Option(names = "--rate", defaultValue = "0.5")
    double rate;

    @Option(names = "--seed", defaultValue = "7")
    long seed;

    @Option(names = "--flag")
    boolean flag;

    @Option(names = "--file")
    java.nio.file.Path file;

    @Option(names = "--day")
    java.time.LocalDate day;

    @Option(names = "--cols", split = ",")
    List<String> cols;

    boolean called;

    @Override
    public Integer call() {
      called = true;
      return 42;
    }
  }

  private static List<Object> options(Object command) throws IllegalAccessException {
    List<Object> values = new ArrayList<>();
    for (Field f : command.getClass().getDeclaredFields()) {
      if (f.isAnnotationPresent(Option.class)) {
        f.setAccessible(true);
        values.add(f.getName() + "=" + f.get(command));
      }
    }
    return values;
  }

  @Test
  void tryRun_setsTheSameValuesAsPicocli() throws IllegalAccessException {
    String[][] cases = {
        {"--name", "a"},
        {"--name=b", "--count", "5", "--rate=1e-3", "--seed", "-4", "--flag"},
        {"--name", "c", "--file", "x/y.csv", "--day", "2024-02-29", "--cols", "p,q,,r"},
    };
    for (String[] args : cases) {
      Recorder fast = new Recorder();
      assertThat(FastStart.tryRun(fast, args)).isEqualTo(42);
      assertThat(fast.called).isTrue();
      Recorder slow = new Recorder();
      new CommandLine(slow).parseArgs(args);
      assertThat(options(fast)).as(String.join(" ", args)).isEqualTo(options(slow));
    }
  }

  @Test
  void tryRun_leavesEverythingUnusualToPicocli() {
    String[][] cases = {
        {},                                   // a required option is missing
        {"--name", "a", "--help"},            // help is picocli's
        {"--name", "a", "--unknown", "1"},    // an unknown option
        {"--name", "a", "--name", "b"},       // a repeated option
        {"--name", "a", "--count", "x"},      // a value that does not convert
        {"--name", "a", "--day", "2023-02-29"}, // not a date
        {"--name", "a", "--flag=true"},       // a flag with a value
        {"--name"},                           // a missing value
    };
    for (String[] args : cases) {
      Recorder r = new Recorder();
      assertThat(FastStart.tryRun(r, args)).as(String.join(" ", args)).isEqualTo(FastStart.NOT_HANDLED);
      assertThat(r.called).isFalse();
    }
  }

  /** A command with a type FastStart does not convert. */
  private static final class Unsupported implements FastStart.StartsFast {
    @Option(names = "--when")
    java.time.Instant when;

    @Override
    public Integer call() {
      return 0;
    }
  }

  @Test
  void tryRun_refusesCommandsWithUnsupportedOptionTypes() {
    assertThat(FastStart.tryRun(new Unsupported(), new String[0])).isEqualTo(FastStart.NOT_HANDLED);
  }

  @Test
  void cli_reportsPicocliErrorsForWhatTheFastPathDeclines() {
    CliCapture missing = CliCapture.run("clv", "fit", "--summary", "x.csv");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("Missing required option: '--model=<model>'");
    CliCapture unknown = CliCapture.run("clv", "fit", "--model", "bgnbd", "--summary", "x.csv", "--bogus", "1");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unknown option").contains("--bogus");
  }

  @Test
  void cli_commandExceptionsGoToStderrOnTheFastPath() {
    CliCapture run = CliCapture.run("clv", "fit", "--model", "bgnbd", "--summary", "no-such-file.csv");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("error: cannot read no-such-file.csv");
    assertThat(run.out()).isEmpty();
  }
}
