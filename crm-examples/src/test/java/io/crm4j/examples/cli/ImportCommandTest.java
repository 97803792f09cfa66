package io.crm4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import io.crm4j.core.store.jdbc.JdbcStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

  @TempDir
  Path dir;

  private Path transactions() throws IOException {
    Path csv = dir.resolve("tx.csv");
    Files.writeString(csv, "customer,date,amount\nA,2026-01-02,10.50\nB,2026-01-02,3\nA,2026-01-05,7.25\n",
        StandardCharsets.UTF_8);
    return csv;
  }

  @Test
  void call_rerunOfTheSameFile_insertsNothingTwice() throws IOException {
    Path csv = transactions();
    String url = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
    CliCapture first = CliCapture.run("import", "--transactions", csv.toString(), "--store", url, "--currency", "EUR");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out().trim()).startsWith("{\"read\":3,\"inserted\":3,\"skipped\":0,\"seconds\":");
    assertThat(first.err()).contains("3 of 3 imported (3 inserted, 0 already stored)");

    CliCapture again = CliCapture.run("import", "--transactions", csv.toString(), "--store", url, "--currency", "EUR");
    assertThat(again.out().trim()).startsWith("{\"read\":3,\"inserted\":0,\"skipped\":3,");
    try (JdbcStore store = JdbcStore.open(url, 1)) {
      assertThat(store.activities().byCustomer(CustomerId.of("A"))).containsExactly(
          (Activity) new Purchase(ImportCommand.rowId(LocalDate.of(2026, 1, 2), 0, "A"), CustomerId.of("A"),
              Instant.parse("2026-01-02T00:00:00Z"), Money.of("10.50", "EUR"), null),
          new Purchase(ImportCommand.rowId(LocalDate.of(2026, 1, 5), 2, "A"), CustomerId.of("A"),
              Instant.parse("2026-01-05T00:00:00Z"), Money.of("7.25", "EUR"), null));
      assertThat(store.activities().count()).isEqualTo(3);
    }
  }

  @Test
  void rowId_dayRowAndCustomerChecksum() {
    // CRC-32 of "A" is 0xd3d99e8b (zlib.crc32(b"A") in Python)
    assertThat(ImportCommand.rowId(LocalDate.of(2026, 1, 2), 0, "A").value()).isEqualTo("20260102-1-d3d99e8b");
  }

  @Test
  void call_storeUrlWithPassword_errorDoesNotEchoIt() throws IOException {
    CliCapture r = CliCapture.run("import", "--transactions", transactions().toString(), "--store",
        "jdbc:postgresql://127.0.0.1:1/none?user=u&password=s3cret");
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err()).contains("error: opening the store failed").doesNotContain("s3cret");
  }

  @Test
  void call_h2FileWhereNoFolderCanBeMade_failsInOneLineWithoutH2sTrace() throws IOException {
    Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
    CliCapture r = CliCapture.run("import", "--transactions", transactions().toString(), "--store",
        "jdbc:h2:" + notADirectory.resolve("db"));
    assertThat(r.exitCode()).isOne();
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().filter(l -> l.startsWith("error: "))).singleElement().asString()
        .startsWith("error: opening the store failed: ");
    assertThat(r.err()).doesNotContain("DbException").doesNotContain("\tat ");
    assertThat(ImportCommand.quietH2("jdbc:h2:mem:x;TRACE_LEVEL_FILE=1")).isEqualTo("jdbc:h2:mem:x;TRACE_LEVEL_FILE=1");
    assertThat(ImportCommand.quietH2("jdbc:postgresql://h/db")).isEqualTo("jdbc:postgresql://h/db");
  }
}
