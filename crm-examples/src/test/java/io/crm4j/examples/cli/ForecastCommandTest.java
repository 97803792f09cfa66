package io.crm4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastCommandTest {

  /**
   * Weighted by the preset probabilities, by hand: O-1 10 % of 10 000.00 = 1 000.00, O-2 30 % of
   * 25 000.00 = 7 500.00, O-3 70 % of 8 333.33 = 5 833.331 -> 5 833.33, O-4 won 4 000.00, O-5 lost 0;
   * O-6 closes in Q3. Q2 total 18 333.33; anna 6 833.33, bo 11 500.00.
   */
  static Path book(Path dir) throws IOException {
    return Files.writeString(dir.resolve("opps.csv"), """
        id,owner,amount,currency,expected_close,stage
        O-1,anna,10000.00,EUR,2026-04-15,New
        O-2,bo,25000.00,EUR,2026-05-20,Qualified
        O-3,anna,8333.33,EUR,2026-06-30,Proposition
        O-4,bo,4000.00,EUR,2026-06-01,Won
        O-5,bo,50000.00,EUR,2026-05-01,Lost
        O-6,anna,20000.00,EUR,2026-07-01,Proposition
        """);
  }

  @Test
  void call_quarterByOwner_printsTheWeightedFigures(@TempDir Path dir) throws IOException {
    CliCapture r = CliCapture.run("forecast", "--opportunities", book(dir).toString(), "--currency", "EUR",
        "--quarter", "2026-Q2", "--by", "owner");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("\"period\" : \"[2026-04-01, 2026-07-01)\"")
        .contains("\"opportunities\" : 5")
        .contains("\"weightedTotal\" : \"EUR 18333.33\"")
        .contains("\"anna\" : \"EUR 6833.33\"")
        .contains("\"bo\" : \"EUR 11500.00\"");
  }

  @Test
  void call_byQuarter_withoutFilter_coversEveryRow(@TempDir Path dir) throws IOException {
    CliCapture r = CliCapture.run("forecast", "--opportunities", book(dir).toString(), "--currency", "EUR",
        "--by", "quarter");
    // 18 333.33 in Q2 plus O-6, 70 % of 20 000.00 = 14 000.00 in Q3: 32 333.33
    assertThat(r.out()).contains("\"weightedTotal\" : \"EUR 32333.33\"")
        .contains("\"[2026-07-01, 2026-10-01)\" : \"EUR 14000.00\"");
  }

  @Test
  void call_unknownCurrency_namesTheOption(@TempDir Path dir) throws IOException {
    CliCapture r = CliCapture.run("forecast", "--opportunities", book(dir).toString(), "--currency", "XYZ");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: --currency must be an ISO 4217 code, but was 'XYZ'" + System.lineSeparator());
  }

  @Test
  void call_badQuarter_failsWithAMessage(@TempDir Path dir) throws IOException {
    CliCapture r = CliCapture.run("forecast", "--opportunities", book(dir).toString(), "--currency", "EUR",
        "--quarter", "2026-Q5");
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err()).contains("--quarter must look like 2026-Q2, but was '2026-Q5'");
  }

  @Test
  void call_badHeader_failsWithAMessage(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.csv"), "id,amount\nO-1,1\n");
    CliCapture r = CliCapture.run("forecast", "--opportunities", bad.toString(), "--currency", "EUR");
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err()).contains("bad.csv must have a column owner, but its columns were [id, amount]");
  }

  @Test
  void help_describesTheInput() {
    CliCapture r = CliCapture.run("forecast", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("id,owner,amount,currency,expected_close,stage");
  }

  @Test
  void call_bomBeforeTheHeader_isIgnored(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bom.csv");
    Files.write(file, ("\uFEFF" + Files.readString(book(dir)).replace("\n", "\r\n"))
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    CliCapture r = CliCapture.run("forecast", "--opportunities", file.toString(), "--currency", "EUR");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("\"opportunities\" : 6");
  }

  @Test
  void call_badCurrencyInTheFile_namesTheRecord(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("cur.csv"), "id,owner,amount,currency,expected_close,stage\n"
        + "O-1,anna,10,XYZ,2026-04-15,New\n");
    CliCapture r = CliCapture.run("forecast", "--opportunities", file.toString(), "--currency", "EUR");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: currency in record 1 must be an ISO 4217 code, but was 'XYZ'"
        + System.lineSeparator());
  }

  @Test
  void call_hugeAmount_namesTheRecordAndRule(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("huge.csv"), "id,owner,amount,currency,expected_close,stage\n"
        + "O-1,anna,1e999999999,EUR,2026-04-15,New\n");
    CliCapture r = CliCapture.run("forecast", "--opportunities", file.toString(), "--currency", "EUR");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: amount in record 1 must be a decimal number of at most 1e15 in magnitude "
        + "and 100 decimals, but was '1e999999999'" + System.lineSeparator());
  }

  @Test
  void call_otherCurrencyDuplicateIdOrNegativeAmount_namesTheRecord(@TempDir Path dir) throws IOException {
    String header = "id,owner,amount,currency,expected_close,stage\n";
    Path usd = Files.writeString(dir.resolve("usd.csv"), header + "O-1,anna,10,USD,2026-04-15,New\n");
    assertThat(CliCapture.run("forecast", "--opportunities", usd.toString(), "--currency", "EUR").err())
        .isEqualTo("error: currency in record 1 must be EUR (--currency), but was USD" + System.lineSeparator());
    // the same id twice was counted twice
    Path twice = Files.writeString(dir.resolve("twice.csv"), header + "O-1,anna,10,EUR,2026-04-15,New\n"
        + "O-1,anna,10,EUR,2026-04-15,New\n");
    CliCapture r = CliCapture.run("forecast", "--opportunities", twice.toString(), "--currency", "EUR");
    assertThat(r.exitCode()).isOne();
    assertThat(r.err()).isEqualTo("error: id in record 2 must be unique, but 'O-1' is also in record 1"
        + System.lineSeparator());
    Path negative = Files.writeString(dir.resolve("neg.csv"), header + "O-1,anna,-10,EUR,2026-04-15,New\n");
    assertThat(CliCapture.run("forecast", "--opportunities", negative.toString(), "--currency", "EUR").err())
        .isEqualTo("error: record 1: amount must not be negative, but was EUR -10.00" + System.lineSeparator());
  }
}
