package io.crm4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoolingOffCommandTest {

  @Test
  void call_dayTen_refundsInFull() {
    CliCapture r = CliCapture.run("cooling-off", "--issued", "2026-03-02T15:00:00Z", "--cancelled",
        "2026-03-12T23:59:59Z", "--premium", "EUR 800.00");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("\"coolingOffDay\" : 10").contains("\"fullRefund\" : true")
        .contains("\"refund\" : \"EUR 800.00\"").contains("\"lastCoolingOffDate\" : \"2026-03-12\"");
  }

  @Test
  void call_dayEleven_refundsTheShareAfterThePeriod() {
    // 25 % of 800.00 = 200.00 (by hand)
    CliCapture r = CliCapture.run("cooling-off", "--issued", "2026-03-02T15:00:00Z", "--cancelled",
        "2026-03-13T00:00:00Z", "--premium", "EUR 800.00", "--refund-share-after", "25");
    assertThat(r.out()).contains("\"coolingOffDay\" : 11").contains("\"fullRefund\" : false")
        .contains("\"refund\" : \"EUR 200.00\"");
  }

  @Test
  void call_cancelledBeforeIssue_failsWithAMessage() {
    CliCapture r = CliCapture.run("cooling-off", "--issued", "2026-03-02T15:00:00Z", "--cancelled",
        "2026-03-01T00:00:00Z", "--premium", "EUR 800.00");
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err()).contains("at must not be before");
  }

  @Test
  void call_badZoneAndShare_nameTheirOptions() {
    CliCapture r = CliCapture.run("cooling-off", "--issued", "2026-03-02T15:00:00Z", "--cancelled",
        "2026-03-05T00:00:00Z", "--premium", "EUR 800.00", "--zone", "Mars/Olympus");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: --zone must be a time-zone id such as Europe/Berlin, but was 'Mars/Olympus'"
        + System.lineSeparator());
    r = CliCapture.run("cooling-off", "--issued", "2026-03-02T15:00:00Z", "--cancelled", "2026-03-05T00:00:00Z",
        "--premium", "EUR 800.00", "--refund-share-after", "abc");
    assertThat(r.err()).isEqualTo("error: --refund-share-after must be a percentage such as 20, but was 'abc'"
        + System.lineSeparator());
  }

  @Test
  void call_hugePremium_isOneLineNamingTheOption() {
    CliCapture r = CliCapture.run("cooling-off", "--issued", "2026-03-02T15:00:00Z", "--cancelled",
        "2026-03-05T00:00:00Z", "--premium", "EUR 1e999999999");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: --premium must be an ISO 4217 code and an amount of at most 1e15 with the "
        + "currency's decimals, such as 'EUR 800.00', but was 'EUR 1e999999999'" + System.lineSeparator());
  }
}
