package io.crm4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.crm4j.examples.cli.Crm4jCli;
import io.crm4j.examples.demo.StoreDemo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreDemoTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

  /**
   * The expected figures are the CDNOW sample's own: 2,357 customers and 6,919 transactions (the
   * dataset README), revenue the sum of the file's fifth column (awk '{s+=$5} END {print s}' gives 244091.94).
   */
  @Test
  void run_loadsTheSampleOnceAndSummarisesIt(@TempDir Path dir) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    StoreDemo.Summary first = new StoreDemo(CLOCK).run(dir, out);
    StoreDemo.Summary second = new StoreDemo(CLOCK).run(dir, out);

    assertThat(first.customers()).isEqualTo(2_357);
    assertThat(first.purchases()).isEqualTo(6_919);
    assertThat(first.revenue().amount()).isEqualByComparingTo(new BigDecimal("244091.94"));
    assertThat(second).isEqualTo(first);
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("customers registered now: 0, already stored: 2357")
        .contains("purchases appended now: 0, already stored: 6919");
  }

  @Test
  void cli_helpAndUnknownCommand() {
    assertThat(Crm4jCli.run("--help")).isZero();
    assertThat(Crm4jCli.run("no-such-command")).isNotZero();
  }
}
