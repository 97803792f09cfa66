package io.crm4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.money.Money;
import io.crm4j.core.store.jdbc.JdbcStore;
import io.crm4j.examples.cli.Crm4jCli;
import io.crm4j.examples.demo.CdnowSample;
import io.crm4j.examples.demo.StoreDemo;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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

  /** Stores what an earlier run left: the given purchases and no customers, as a load cut short does. */
  private static void earlierRunStored(Path dir, List<Purchase> purchases) {
    try (JdbcStore store = JdbcStore.h2File(dir.resolve("crm4j"))) {
      store.activities().appendAll(purchases);
    }
  }

  @Test
  void run_completesALoadThatStoppedPartWay(@TempDir Path dir) {
    // the case: the first 5 of 7 batches of 1,000 were stored, the run then stopped
    earlierRunStored(dir, CdnowSample.purchases().subList(0, 5_000));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StoreDemo.Summary summary = new StoreDemo(CLOCK).run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(summary.purchases()).isEqualTo(6_919);
    assertThat(summary.customers()).isEqualTo(2_357);
    assertThat(summary.revenue().amount()).isEqualByComparingTo(new BigDecimal("244091.94"));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("purchases appended now: 1919, already stored: 5000 (an earlier load was incomplete: 5000 of 6919)");
  }

  @Test
  void run_refusesAStoreHoldingOtherActivities(@TempDir Path dir) {
    Purchase first = CdnowSample.purchases().get(0);
    Purchase changed = new Purchase(first.id(), first.customerId(), first.at(), Money.of("1.00", "USD"), null);
    Purchase other = new Purchase(ActivityId.of("shop-1"), first.customerId(), first.at(), first.amount(), null);
    earlierRunStored(dir, List.of(changed, other));
    String message = "the demo store must hold only the CDNOW sample, but 2 of its 2 activities are not in it "
        + "(first: cdnow-1); delete the store's folder or choose another with --dir";
    assertThatThrownBy(() -> new StoreDemo(CLOCK).run(dir, new PrintStream(OutputStream.nullOutputStream())))
        .isInstanceOf(IllegalStateException.class).hasMessage(message);
  }

  @Test
  void cli_helpAndUnknownCommand() {
    assertThat(Crm4jCli.run("--help")).isZero();
    assertThat(Crm4jCli.run("no-such-command")).isNotZero();
  }
}
