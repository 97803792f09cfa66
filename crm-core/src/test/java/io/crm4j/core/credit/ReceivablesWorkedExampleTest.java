package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.outcome.ReasonCode;
import io.crm4j.core.spi.Store;
import io.crm4j.core.store.memory.InMemoryStore;
import io.crm4j.core.time.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reproduces every number of the worked examples in docs/credit.md ("Receivables ledger: a worked
 * example" and "Applying a credit"), which were computed by hand there; keep the two in step.
 */
class ReceivablesWorkedExampleTest {

  static final CreditAccountId CA = CreditAccountId.of("CA-1");
  static final CreditSegment TRADE = CreditSegment.of("trade");
  static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

  Store store;
  CreditService credit;

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @BeforeEach
  void recordTheExample() {
    store = InMemoryStore.create();
    credit = CreditService.of(store, MutableClock.of(Instant.parse("2026-12-31T18:00:00Z")), CreditCheck.ofDefaults());
    credit.open(CA, CustomerId.of("C-1"));
    credit.setLimit(CA, TRADE, eur("5000"));
    credit.openLedger(CA, Money.zero("EUR").currency());
    credit.recordInvoice(CA, "INV-1", TRADE, eur("1000.00"), date(2026, 8, 1), date(2026, 8, 31)).orElseThrow();
    credit.recordInvoice(CA, "INV-2", TRADE, eur("600.00"), date(2026, 8, 20), date(2026, 9, 19)).orElseThrow();
    credit.recordInvoice(CA, "INV-3", TRADE, eur("2000.00"), date(2026, 9, 1), date(2026, 10, 1)).orElseThrow();
    credit.recordPayment(CA, "PAY-1", eur("600.00"), date(2026, 9, 10)).orElseThrow();
    credit.recordPayment(CA, "PAY-2", eur("500.00"), date(2026, 9, 25), Map.of("INV-1", eur("400.00")))
        .orElseThrow();
    credit.recordInvoice(CA, "INV-4", TRADE, eur("1500.00"), date(2026, 10, 15), date(2026, 11, 14)).orElseThrow();
    credit.recordCreditNote(CA, "CN-1", eur("200.00"), date(2026, 10, 20)).orElseThrow();
    credit.recordInvoice(CA, "INV-5", TRADE, eur("800.00"), date(2026, 11, 25), date(2026, 12, 25)).orElseThrow();
    credit.writeOff(CA, "WO-1", "INV-2", eur("400.00"), date(2026, 11, 30)).orElseThrow();
    credit.recordPayment(CA, "PAY-3", eur("1200.00"), date(2026, 12, 1)).orElseThrow();
    credit.recordInvoice(CA, "INV-6", TRADE, eur("700.00"), date(2026, 12, 10), date(2027, 1, 9)).orElseThrow();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void allocations_followTheExample() {
    List<PaidItem> paid = credit.paidItems(CA);
    // step 1: PAY-1 oldest-first to INV-1 (partial); step 2: PAY-2 explicitly 400 to INV-1, 100 over;
    // step 6: PAY-3 oldest-first: INV-2 is written off, so INV-3 (due 1 Oct) takes all 1,200
    assertThat(paid).containsExactlyInAnyOrder(
        new PaidItem(eur("600.00"), date(2026, 8, 31), date(2026, 9, 10)),
        new PaidItem(eur("400.00"), date(2026, 8, 31), date(2026, 9, 25)),
        new PaidItem(eur("1200.00"), date(2026, 10, 1), date(2026, 12, 1)));
    ReceivableDocument cn = store.repository(CreditStorage.DOCUMENTS)
        .find(ReceivableDocumentId.of(CA, "CN-1")).orElseThrow();
    // step 3: CN-1 oldest-first: INV-2 (due 19 Sep) is older than INV-3 (due 1 Oct)
    assertThat(cn.allocations()).containsExactly(new Allocation("INV-2", date(2026, 9, 19), eur("200.00")));
  }

  @Test
  void openItems_andCredit_asInTheTable() {
    ReceivablesLedger ledger = credit.ledger(CA).orElseThrow();
    assertThat(credit.openItems(CA)).containsExactly(
        new OpenItem.OpenInvoice("INV-3", TRADE, eur("800.00"), date(2026, 10, 1), 0),
        new OpenItem.OpenInvoice("INV-4", TRADE, eur("1500.00"), date(2026, 11, 14), 0),
        new OpenItem.OpenInvoice("INV-5", TRADE, eur("800.00"), date(2026, 12, 25), 0),
        new OpenItem.OpenInvoice("INV-6", TRADE, eur("700.00"), date(2027, 1, 9), 0));
    // 6,600 invoiced - 2,200 paid to invoices - 200 credited - 400 written off = 3,800
    assertThat(ledger.openTotal()).isEqualTo(eur("3800.00"));
    assertThat(ledger.credits()).containsExactly(new LedgerCredit("PAY-2", date(2026, 9, 25), eur("100.00")));
    assertThat(ledger.unallocatedCredit()).isEqualTo(eur("100.00"));
  }

  @Test
  void ageing_byDaysPastDue_asInTheTable() {
    AgeingReport r = credit.ageing(CA, AS_OF, AgeingBuckets.ofDefaults(), AgeingBasis.DAYS_PAST_DUE);
    assertThat(r.line("current").amount()).isEqualTo(eur("700.00"));   // INV-6, -9 days
    assertThat(r.line("1-30").amount()).isEqualTo(eur("800.00"));      // INV-5, 6 days
    assertThat(r.line("31-60").amount()).isEqualTo(eur("1500.00"));    // INV-4, 47 days
    assertThat(r.line("61-90").amount()).isEqualTo(eur("0.00"));
    assertThat(r.line("90+").amount()).isEqualTo(eur("800.00"));       // INV-3, 91 days
    assertThat(r.line("90+").items()).extracting(OpenItem::documentId).containsExactly("INV-3");
    assertThat(r.total()).isEqualTo(eur("3800.00"));
  }

  @Test
  void ageing_defaultBasis_isDaysPastDue() {
    assertThat(credit.ageing(CA, AS_OF, AgeingBuckets.ofDefaults()))
        .isEqualTo(credit.ageing(CA, AS_OF, AgeingBuckets.ofDefaults(), AgeingBasis.DAYS_PAST_DUE));
  }

  @Test
  void exposure_isTheLedgersOpenInvoices() {
    Exposure e = credit.exposure(CA, TRADE);
    assertThat(e.openInvoices()).isEqualTo(eur("3800.00"));
    assertThat(e.total()).isEqualTo(eur("3800.00"));
    assertThat(credit.exposure(CA, CreditSegment.of("other")).total()).isEqualTo(eur("0.00"));
  }

  @Test
  void ageing_byInvoiceAge_asInTheTable() {
    AgeingReport r = credit.ageing(CA, AS_OF, AgeingBuckets.ofDefaults(), AgeingBasis.INVOICE_AGE);
    assertThat(r.line("current").amount()).isEqualTo(eur("0.00"));
    assertThat(r.line("1-30").amount()).isEqualTo(eur("700.00"));      // INV-6, 21 days old
    assertThat(r.line("31-60").amount()).isEqualTo(eur("800.00"));     // INV-5, 36 days
    assertThat(r.line("61-90").amount()).isEqualTo(eur("1500.00"));    // INV-4, 77 days
    assertThat(r.line("90+").amount()).isEqualTo(eur("800.00"));       // INV-3, 121 days
  }

  @Test
  void dso_countbackOfFourMonths_is104Days() {
    // 3,800 - Dec 700 (31 d) - Nov 800 (30 d) - Oct 1,500 (31 d) = 800 left; 800 / 2,000 * 30 (Sep) = 12
    assertThat(credit.dso(CA, YearMonth.of(2026, 12), 4)).isEqualByComparingTo(new BigDecimal("104"));
    assertThatThrownBy(() -> credit.dso(CA, YearMonth.of(2026, 12), 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("salesByMonth must cover the receivables EUR 3800.00, but EUR 800.00 remain after 3 months");
  }

  @Test
  void paymentIndex_isTheAmountWeightedMean() {
    // (600 * 73.333... + 400 * 56.25 + 1,200 * 39.666...) / 2,200 = 114,100 / 2,200 = 1141/22
    assertThat(credit.paymentIndex(CA, PaymentIndex.ofDefaults()).orElseThrow()).isCloseTo(1141.0 / 22, within(1e-9));
  }

  @Test
  void check_withTheLedgersOpenItems_failsOnTheOldestItem() {
    CreditDocument order = new CreditDocument("SO-9", TRADE, eur("1000.00"), date(2027, 1, 15));
    Outcome<CreditCheckReport> checked = credit.check(CA, order);
    CreditCheckReport report = checked.rejection().orElseThrow().detail(CreditCheckReport.class).orElseThrow();
    assertThat(report.exposure().staticPart()).isEqualTo(eur("3800.00"));
    // 3,800 + 1,000 stays within the 5,000 limit; INV-3 is 91 days overdue, more than the preset 30
    assertThat(report.failed(CreditCheckType.STATIC)).isFalse();
    assertThat(report.failed(CreditCheckType.OLDEST_OPEN_ITEM)).isTrue();
  }

  // "Applying a credit": APP-1 applies PAY-2's credit of 100 to INV-6 on 20 Dec, on top of the example above

  static final LocalDate APPLIED_ON = date(2026, 12, 20);

  Outcome<ReceivablesLedger> applyPay2ToInv6() {
    return credit.applyCredit(CA, "APP-1", "PAY-2", APPLIED_ON, Map.of("INV-6", eur("100.00")));
  }

  @Test
  void applyCredit_pay2ToInv6_asInTheSecondExample() {
    Outcome<ReceivablesLedger> applied = applyPay2ToInv6();
    assertThat(applied.events()).containsExactly(new CreditEvent.CreditApplied(CA, "APP-1", "PAY-2", eur("100.00"),
        APPLIED_ON, List.of(new Allocation("INV-6", date(2027, 1, 9), eur("100.00"))), eur("0.00"),
        Instant.parse("2026-12-31T18:00:00Z")));
    ReceivablesLedger ledger = credit.ledger(CA).orElseThrow();
    assertThat(ledger).isEqualTo(applied.orElseThrow());
    // INV-6 700 - 100 = 600; open 3,800 - 100 = 3,700; PAY-2's credit is used up
    assertThat(ledger.invoice("INV-6").orElseThrow().open()).isEqualTo(eur("600.00"));
    assertThat(ledger.openTotal()).isEqualTo(eur("3700.00"));
    assertThat(ledger.credits()).isEmpty();
    assertThat(credit.openItems(CA)).extracting(OpenItem::amount)
        .containsExactly(eur("800.00"), eur("1500.00"), eur("800.00"), eur("600.00"));
    assertThat(applyPay2ToInv6().events()).as("a retry is a no-op").isEmpty();
    assertThat(credit.applyCredit(CA, "APP-2", "PAY-2", APPLIED_ON).rejection().orElseThrow().code())
        .isEqualTo(ReasonCode.DOCUMENT_SETTLED);
  }

  @Test
  void applyCredit_ageingExposureAndDso_reflectTheAppliedCredit() {
    applyPay2ToInv6().orElseThrow();
    AgeingReport r = credit.ageing(CA, AS_OF, AgeingBuckets.ofDefaults());
    assertThat(r.line("current").amount()).isEqualTo(eur("600.00"));   // INV-6, 700 - 100
    assertThat(r.line("1-30").amount()).isEqualTo(eur("800.00"));
    assertThat(r.line("31-60").amount()).isEqualTo(eur("1500.00"));
    assertThat(r.line("90+").amount()).isEqualTo(eur("800.00"));
    assertThat(r.total()).isEqualTo(eur("3700.00"));
    assertThat(credit.exposure(CA, TRADE).total()).isEqualTo(eur("3700.00"));
    // 3,700 - 700 (31 d) - 800 (30 d) - 1,500 (31 d) = 700 left; 700 / 2,000 * 30 = 10.5 days of September
    assertThat(credit.dso(CA, YearMonth.of(2026, 12), 4)).isEqualByComparingTo(new BigDecimal("102.5"));
    CreditCheckReport report = credit.check(CA, new CreditDocument("SO-9", TRADE, eur("1000.00"), date(2027, 1, 15)))
        .rejection().orElseThrow().detail(CreditCheckReport.class).orElseThrow();
    assertThat(report.exposure().staticPart()).isEqualTo(eur("3700.00"));
    assertThat(report.failed(CreditCheckType.OLDEST_OPEN_ITEM)).as("INV-3 is still 91 days overdue").isTrue();
  }

  @Test
  void applyCredit_paymentIndex_countsTheCreditOnThePaymentDate() {
    applyPay2ToInv6().orElseThrow();
    // paid 25 Sep 2026, INV-6 due 9 Jan 2027: 106 days early, before the curve's first anchor (-30) -> 100
    assertThat(credit.paidItems(CA)).contains(new PaidItem(eur("100.00"), date(2027, 1, 9), date(2026, 9, 25)));
    assertThat(PaymentIndex.ofDefaults().indexOf(-106)).isEqualTo(100);
    // (114,100 + 100 * 100) / 2,300 = 124,100 / 2,300 = 1241/23
    assertThat(credit.paymentIndex(CA, PaymentIndex.ofDefaults()).orElseThrow()).isCloseTo(1241.0 / 23, within(1e-9));
  }

  @Test
  void applyCredit_oldestFirst_goesToInv3() {
    credit.applyCredit(CA, "APP-1", "PAY-2", APPLIED_ON).orElseThrow();
    // INV-3 (due 1 Oct) is the oldest open invoice: 800 - 100 = 700
    assertThat(credit.ledger(CA).orElseThrow().invoice("INV-3").orElseThrow().open()).isEqualTo(eur("700.00"));
    // paid 25 Sep, due 1 Oct: 6 days early -> 80 + 6/20 * 10 = 83; (114,100 + 8,300) / 2,300 = 1224/23
    assertThat(credit.paymentIndex(CA, PaymentIndex.ofDefaults()).orElseThrow()).isCloseTo(1224.0 / 23, within(1e-9));
  }
}
