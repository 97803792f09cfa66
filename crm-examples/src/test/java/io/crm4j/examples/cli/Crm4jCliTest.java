package io.crm4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How {@link Crm4jCli} reports failures: one line on stderr, exit 1, or 2 for usage errors. */
class Crm4jCliTest {

  private static final String NL = System.lineSeparator();

  @Test
  void run_usageErrorIsOneLineWithExitTwo() {
    CliCapture r = CliCapture.run("clv", "fit", "--model", "bgnbd");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(
        "error: Missing required option: '--summary=<summary>' (see 'crm4j clv fit --help')" + NL);
    r = CliCapture.run("clv", "simulate", "--model", "bgbb", "--params", "p.json", "--customers", "x", "--T", "3");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: Invalid value for option '--customers': 'x' is not an int"
        + " (see 'crm4j clv simulate --help')" + NL);
  }

  @Test
  void errorLine_foldsLineBreaksAndNeverPrintsNull() {
    assertThat(Crm4jCli.errorLine(new IllegalArgumentException("first\n   second\r\nthird")))
        .isEqualTo("error: first second third");
    assertThat(Crm4jCli.errorLine(new IllegalStateException(new ArithmeticException("long overflow"))))
        .isEqualTo("error: java.lang.ArithmeticException: long overflow");
    assertThat(Crm4jCli.errorLine(new NullPointerException())).isEqualTo("error: NullPointerException");
  }
}
