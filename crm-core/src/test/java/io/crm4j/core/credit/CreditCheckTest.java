package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.outcome.ReasonCode;
import io.crm4j.core.outcome.RejectedException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CreditCheckTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  static final CreditSegment SALES = CreditSegment.of("sales");
  static final CustomerId CUSTOMER = CustomerId.of("c-1");

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  static CreditAccount accountWithLimit(String limit) {
    return CreditAccount.open(CreditAccountId.of("ca-1"), CUSTOMER, NOW).setLimit(SALES, eur(limit), NOW).value();
  }

  static CreditDocument order(String value) {
    return new CreditDocument("SO-9", SALES, eur(value), TODAY.plusDays(5));
  }

  @Test
  void check_openOrdersWithinHorizon_passesStaticFailsDynamic() {
    // Limit 10,000. Static part: deliveries 2,000 + invoices 3,000 (not yet due) = 5,000.
    // Orders within the 30-day horizon: 4,000; an order due in 60 days (5,000) lies beyond it.
    // New order 2,000: static 5,000 + 2,000 = 7,000 <= 10,000 passes;
    // dynamic 5,000 + 4,000 + 2,000 = 11,000 > 10,000 fails.
    List<OpenItem> items = List.of(
        new OpenItem.OpenDelivery("DL-1", SALES, eur("2000")),
        new OpenItem.OpenInvoice("IN-1", SALES, eur("3000"), TODAY.plusDays(10), 0),
        new OpenItem.OpenOrder("SO-1", SALES, eur("4000"), TODAY.plusDays(10)),
        new OpenItem.OpenOrder("SO-2", SALES, eur("5000"), TODAY.plusDays(60)));
    CreditCheckReport outcome = report(CreditCheck.ofDefaults()
        .check(accountWithLimit("10000"), order("2000"), items, TODAY));
    assertThat(outcome.passed()).isFalse();
    assertThat(outcome.failed(CreditCheckType.STATIC)).isFalse();
    assertThat(outcome.failed(CreditCheckType.DYNAMIC)).isTrue();
    assertThat(outcome.failures()).extracting(FailedCheck::check).containsExactly(CreditCheckType.DYNAMIC);
    assertThat(outcome.exposure().staticPart()).isEqualTo(eur("5000"));
    assertThat(outcome.exposure().dynamicPart()).isEqualTo(eur("9000"));
    assertThat(outcome.exposure().total()).isEqualTo(eur("14000"));
    assertThat(outcome.limitIfAny()).contains(eur("10000"));
  }

  @Test
  void check_overdueInvoice_blocksRegardlessOfLimit() {
    // Limit 1,000,000 leaves plenty of room, but invoice IN-7 is 45 days overdue (> 30 allowed).
    List<OpenItem> items = List.of(new OpenItem.OpenInvoice("IN-7", SALES, eur("500"), TODAY.minusDays(45), 1));
    CreditCheckReport outcome = report(CreditCheck.ofDefaults()
        .check(accountWithLimit("1000000"), order("100"), items, TODAY));
    assertThat(outcome.passed()).isFalse();
    assertThat(outcome.failures()).extracting(FailedCheck::check).containsExactly(CreditCheckType.OLDEST_OPEN_ITEM);
    assertThat(outcome.failures().get(0).reason()).isEqualTo("invoice IN-7 is 45 days overdue, more than 30");
  }

  @Test
  void check_withinEverything_passes() {
    List<OpenItem> items = List.of(new OpenItem.OpenInvoice("IN-1", SALES, eur("500"), TODAY.minusDays(10), 1));
    CreditCheckReport outcome = report(CreditCheck.ofDefaults()
        .check(accountWithLimit("1000"), order("500"), items, TODAY));
    assertThat(outcome.passed()).isTrue();
    assertThat(outcome.failures()).isEmpty();
  }

  @Test
  void check_everyFailure_listsEachInOrder() {
    CreditCheckConfig config = CreditCheckConfig.custom().maxDocumentValue(eur("100")).maxDunningLevel(1)
        .refusedGrades(Set.of(CreditGrade.CCC)).build();
    CreditCheck check = CreditCheck.of(config, c -> Optional.of(CreditGrade.CCC));
    CreditAccount blocked = accountWithLimit("1000").block("cheque returned", NOW).value();
    List<OpenItem> items = List.of(new OpenItem.OpenInvoice("IN-1", SALES, eur("900"), TODAY.minusDays(40), 3));
    CreditCheckReport outcome = report(check.check(blocked, order("200"), items, TODAY));
    assertThat(outcome.failures()).extracting(FailedCheck::check).containsExactly(CreditCheckType.BLOCKED,
        CreditCheckType.STATIC, CreditCheckType.DYNAMIC, CreditCheckType.MAX_DOCUMENT_VALUE,
        CreditCheckType.OLDEST_OPEN_ITEM, CreditCheckType.DUNNING_LEVEL, CreditCheckType.GRADE);
    assertThat(outcome.failures().get(0).reason()).isEqualTo("account is blocked: cheque returned");
    assertThat(outcome.failures().get(1).reason())
        .isEqualTo("static exposure EUR 900.00 + document EUR 200.00 exceeds limit EUR 1000.00");
  }

  @Test
  void check_noLimitForCurrency_failsNoLimit() {
    CreditDocument usdOrder = new CreditDocument("SO-1", SALES, Money.of("10", "USD"), TODAY);
    CreditCheckReport outcome = report(CreditCheck.ofDefaults()
        .check(accountWithLimit("1000"), usdOrder, List.of(), TODAY));
    assertThat(outcome.failures()).extracting(FailedCheck::check).containsExactly(CreditCheckType.NO_LIMIT);
    assertThat(outcome.limitIfAny()).isEmpty();
  }

  @Test
  void check_disabledChecks_areSkipped() {
    CreditCheckConfig config = CreditCheckConfig.custom().check(CreditCheckType.DYNAMIC, false)
        .check(CreditCheckType.OLDEST_OPEN_ITEM, false).check(CreditCheckType.NO_LIMIT, false).build();
    List<OpenItem> items = List.of(new OpenItem.OpenOrder("SO-1", SALES, eur("900"), TODAY),
        new OpenItem.OpenInvoice("IN-1", SALES, eur("10"), TODAY.minusDays(99), 0));
    CreditCheckReport outcome = report(CreditCheck.of(config, CreditGradeLookup.none())
        .check(accountWithLimit("1000"), order("200"), items, TODAY));
    assertThat(outcome.passed()).isTrue();
    CreditDocument usdOrder = new CreditDocument("SO-2", SALES, Money.of("10", "USD"), TODAY);
    assertThat(CreditCheck.of(config, CreditGradeLookup.none()).check(accountWithLimit("1000"), usdOrder, List.of(),
        TODAY).applied()).isTrue();
  }

  @Test
  void check_otherSegmentItems_areIgnored() {
    CreditSegment other = CreditSegment.of("service");
    List<OpenItem> items = List.of(new OpenItem.OpenInvoice("IN-9", other, eur("5000"), TODAY.minusDays(90), 5));
    assertThat(CreditCheck.ofDefaults().check(accountWithLimit("1000"), order("100"), items, TODAY).applied()).isTrue();
  }

  @Test
  void of_invalidInput_throws() {
    assertThatThrownBy(() -> CreditCheck.of(null, CreditGradeLookup.none())).isInstanceOf(NullPointerException.class)
        .hasMessage("config");
    assertThatThrownBy(() -> CreditCheck.of(CreditCheckConfig.ofDefaults(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("grades");
  }

  @Test
  void check_failed_isARejectionCarryingTheReport() {
    List<OpenItem> items = List.of(new OpenItem.OpenInvoice("IN-7", SALES, eur("500"), TODAY.minusDays(45), 1));
    Outcome<CreditCheckReport> o = CreditCheck.ofDefaults().check(accountWithLimit("1000000"), order("100"), items,
        TODAY);
    Outcome.Rejected<CreditCheckReport> r = o.rejection().orElseThrow();
    assertThat(r.code()).isEqualTo(ReasonCode.CREDIT_CHECK_FAILED);
    assertThat(r.message()).isEqualTo(
        "document SO-9 failed OLDEST_OPEN_ITEM (invoice IN-7 is 45 days overdue, more than 30)");
    assertThat(r.detail(CreditCheckReport.class).orElseThrow().failed(CreditCheckType.OLDEST_OPEN_ITEM)).isTrue();
    assertThatThrownBy(o::orElseThrow).isInstanceOf(RejectedException.class)
        .hasMessage("CREDIT_CHECK_FAILED: document SO-9 failed OLDEST_OPEN_ITEM (invoice IN-7 is 45 days overdue, "
            + "more than 30)");
  }

  /** The report of a check, whether it passed (the value) or failed (the rejection's detail). */
  private static CreditCheckReport report(Outcome<CreditCheckReport> o) {
    return o.toOptional().or(() -> o.rejection().flatMap(r -> r.detail(CreditCheckReport.class))).orElseThrow();
  }
}
