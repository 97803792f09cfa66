package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.money.CurrencyMismatchException;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.outcome.ReasonCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ReceivablesLedgerTest {

  static final CreditAccountId ID = CreditAccountId.of("CA-7");
  static final CreditSegment S = CreditSegment.of("trade");
  static final Currency EUR = Currency.getInstance("EUR");
  static final Instant T = Instant.parse("2026-12-01T09:00:00Z");
  static final LocalDate D = LocalDate.of(2026, 10, 1);

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  /** A ledger with the documents it recorded, standing in for the store. */
  static final class Book {
    ReceivablesLedger ledger = ReceivablesLedger.open(ID, EUR);
    final Map<String, ReceivableDocument> documents = new HashMap<>();
    final Function<String, Optional<ReceivableDocument>> recorded = id -> Optional.ofNullable(documents.get(id));

    Outcome<ReceivablesLedger> keep(Outcome<ReceivablesLedger> outcome) {
      if (outcome instanceof Outcome.Applied<ReceivablesLedger> a) {
        ledger = a.value();
        a.events().forEach(e -> {
          ReceivableDocument d = ReceivableDocument.of((CreditEvent) e);
          documents.put(d.documentId(), d);
        });
      }
      return outcome;
    }

    Book invoice(String id, String amount, LocalDate issued, LocalDate due) {
      keep(ledger.recordInvoice(id, S, eur(amount), issued, due, recorded, T)).orElseThrow();
      return this;
    }
  }

  static Book threeInvoices() {
    // B and C share a due date; C was issued earlier, so C comes first; A is due first of all
    return new Book().invoice("B", "100.00", D, D.plusDays(30)).invoice("C", "100.00", D.minusDays(5), D.plusDays(30))
        .invoice("A", "100.00", D.plusDays(10), D.plusDays(20));
  }

  @Test
  void invoices_areKeptOldestFirst_byDueThenIssueThenId() {
    Book b = threeInvoices().invoice("AA", "100.00", D.plusDays(10), D.plusDays(20));
    assertThat(b.ledger.invoices()).extracting(LedgerInvoice::documentId).containsExactly("A", "AA", "C", "B");
  }

  @Test
  void recordPayment_oldestFirst_partialThenOverPayment() {
    Book b = threeInvoices();
    Outcome<ReceivablesLedger> partial = b.keep(b.ledger.recordPayment("P1", eur("150.00"), D, b.recorded, T));
    assertThat(partial.events()).containsExactly(new CreditEvent.PaymentRecorded(ID, "P1", eur("150.00"), D,
        List.of(new Allocation("A", D.plusDays(20), eur("100.00")), new Allocation("C", D.plusDays(30), eur("50.00"))),
        eur("0.00"), T));
    assertThat(b.ledger.invoice("A")).isEmpty();
    assertThat(b.ledger.invoice("C").orElseThrow().open()).isEqualTo(eur("50.00"));
    b.keep(b.ledger.recordPayment("P2", eur("200.00"), D, b.recorded, T));
    assertThat(b.ledger.invoices()).isEmpty();
    assertThat(b.ledger.credits()).containsExactly(new LedgerCredit("P2", D, eur("50.00")));
    assertThat(b.ledger.unallocatedCredit()).isEqualTo(eur("50.00"));
    assertThat(b.ledger.openTotal()).isEqualTo(eur("0.00"));
  }

  @Test
  void recordPayment_explicit_appliesInLedgerOrderAndKeepsTheRest() {
    Book b = threeInvoices();
    Outcome<ReceivablesLedger> o = b.keep(b.ledger.recordPayment("P1", eur("90.00"), D,
        Map.of("B", eur("30.00"), "A", eur("40.00")), b.recorded, T));
    CreditEvent.PaymentRecorded e = o.events(CreditEvent.PaymentRecorded.class).get(0);
    assertThat(e.allocations()).extracting(Allocation::invoiceId).containsExactly("A", "B");
    assertThat(e.unallocated()).isEqualTo(eur("20.00"));
    assertThat(b.ledger.invoice("C").orElseThrow().open()).isEqualTo(eur("100.00"));
  }

  @Test
  void recordPayment_explicitToUnknownOrSettledOrTooMuch_isRejectedAndChangesNothing() {
    Book b = threeInvoices();
    b.keep(b.ledger.recordPayment("P1", eur("100.00"), D, Map.of("A", eur("100.00")), b.recorded, T));
    ReceivablesLedger before = b.ledger;
    assertThat(rejection(b.ledger.recordPayment("P2", eur("10.00"), D, Map.of("X", eur("10.00")), b.recorded, T)))
        .isEqualTo(ReasonCode.UNKNOWN_DOCUMENT);
    assertThat(rejection(b.ledger.recordPayment("P2", eur("10.00"), D, Map.of("A", eur("10.00")), b.recorded, T)))
        .isEqualTo(ReasonCode.DOCUMENT_SETTLED);
    Outcome<ReceivablesLedger> tooMuch = b.ledger.recordPayment("P2", eur("500.00"), D, Map.of("B", eur("100.01")),
        b.recorded, T);
    assertThat(rejection(tooMuch)).isEqualTo(ReasonCode.OVER_ALLOCATION);
    assertThat(tooMuch.rejection().orElseThrow().message())
        .isEqualTo("EUR 100.01 for invoice B exceeds its open amount EUR 100.00");
    Outcome<ReceivablesLedger> moreThanPaid = b.ledger.recordPayment("P2", eur("150.00"), D,
        Map.of("B", eur("100.00"), "C", eur("60.00")), b.recorded, T);
    assertThat(moreThanPaid.rejection().orElseThrow().message())
        .isEqualTo("allocations of P2 total EUR 160.00, more than its amount EUR 150.00");
    assertThat(b.ledger).isEqualTo(before);
  }

  @Test
  void recordCreditNote_oldestFirstOrExplicit_likeAPayment() {
    Book b = threeInvoices();
    Outcome<ReceivablesLedger> o = b.keep(b.ledger.recordCreditNote("CN1", eur("120.00"), D, b.recorded, T));
    assertThat(o.events()).containsExactly(new CreditEvent.CreditNoteRecorded(ID, "CN1", eur("120.00"), D,
        List.of(new Allocation("A", D.plusDays(20), eur("100.00")), new Allocation("C", D.plusDays(30), eur("20.00"))),
        eur("0.00"), T));
    b.keep(b.ledger.recordCreditNote("CN2", eur("50.00"), D, Map.of("B", eur("10.00")), b.recorded, T));
    assertThat(b.ledger.invoice("B").orElseThrow().open()).isEqualTo(eur("90.00"));
    assertThat(b.ledger.credits()).containsExactly(new LedgerCredit("CN2", D, eur("40.00")));
    assertThat(rejection(b.ledger.recordCreditNote("CN3", eur("1.00"), D, Map.of("A", eur("1.00")), b.recorded, T)))
        .isEqualTo(ReasonCode.DOCUMENT_SETTLED);
  }

  @Test
  void writeOff_reducesOneInvoice_orIsRejected() {
    Book b = threeInvoices();
    Outcome<ReceivablesLedger> o = b.keep(b.ledger.writeOff("W1", "B", eur("100.00"), D, b.recorded, T));
    assertThat(o.events()).containsExactly(new CreditEvent.WrittenOff(ID, "W1",
        new Allocation("B", D.plusDays(30), eur("100.00")), D, T));
    assertThat(b.ledger.invoice("B")).isEmpty();
    assertThat(rejection(b.ledger.writeOff("W2", "B", eur("1.00"), D, b.recorded, T)))
        .isEqualTo(ReasonCode.DOCUMENT_SETTLED);
    assertThat(rejection(b.ledger.writeOff("W2", "Z", eur("1.00"), D, b.recorded, T)))
        .isEqualTo(ReasonCode.UNKNOWN_DOCUMENT);
    assertThat(rejection(b.ledger.writeOff("W2", "A", eur("100.01"), D, b.recorded, T)))
        .isEqualTo(ReasonCode.OVER_ALLOCATION);
  }

  /** A ledger holding the 50 left of payment P1 (150 against invoice A of 100), then invoices X and Y. */
  static Book creditThenInvoices() {
    Book b = new Book().invoice("A", "100.00", D, D.plusDays(30));
    b.keep(b.ledger.recordPayment("P1", eur("150.00"), D, b.recorded, T)).orElseThrow();
    return b.invoice("Y", "40.00", D.plusDays(10), D.plusDays(40)).invoice("X", "30.00", D.plusDays(5), D.plusDays(35));
  }

  @Test
  void applyCredit_oldestFirst_appliesAsFarAsTheCreditGoes() {
    Book b = creditThenInvoices();
    LocalDate on = D.plusDays(12);
    Outcome<ReceivablesLedger> o = b.keep(b.ledger.applyCredit("AP1", "P1", on, b.recorded, T));
    // X (due D+35) before Y (due D+40); the 50 covers X's 30 and 20 of Y's 40
    assertThat(o.events()).containsExactly(new CreditEvent.CreditApplied(ID, "AP1", "P1", eur("50.00"), on,
        List.of(new Allocation("X", D.plusDays(35), eur("30.00")), new Allocation("Y", D.plusDays(40), eur("20.00"))),
        eur("0.00"), T));
    assertThat(b.ledger.invoices()).containsExactly(new LedgerInvoice("Y", S, D.plusDays(10), D.plusDays(40),
        eur("40.00"), eur("20.00")));
    assertThat(b.ledger.credits()).isEmpty();
    assertThat(b.ledger.credit("P1")).isEmpty();
    assertThat(b.ledger.openItems()).containsExactly(new OpenItem.OpenInvoice("Y", S, eur("20.00"), D.plusDays(40), 0));
    assertThat(b.documents.get("AP1")).isEqualTo(new ReceivableDocument(ID, "AP1", ReceivableDocument.Kind.CREDIT_APPLICATION,
        on, null, null, eur("50.00"), o.events(CreditEvent.CreditApplied.class).get(0).allocations(), "P1", 0));
  }

  @Test
  void applyCredit_moreCreditThanOpen_keepsTheRestWithTheCredit() {
    Book b = new Book().invoice("A", "100.00", D, D.plusDays(30));
    b.keep(b.ledger.recordPayment("P1", eur("150.00"), D, b.recorded, T));
    b.keep(b.ledger.recordCreditNote("CN1", eur("25.00"), D, Map.of(), b.recorded, T));
    b.invoice("X", "30.00", D.plusDays(5), D.plusDays(35));
    Outcome<ReceivablesLedger> o = b.keep(b.ledger.applyCredit("AP1", "P1", D.plusDays(6), b.recorded, T));
    assertThat(o.events(CreditEvent.CreditApplied.class).get(0).remaining()).isEqualTo(eur("20.00"));
    assertThat(b.ledger.invoices()).isEmpty();
    // the credit keeps its place, its payment date and what is left of it
    assertThat(b.ledger.credits()).containsExactly(new LedgerCredit("P1", D, eur("20.00")),
        new LedgerCredit("CN1", D, eur("25.00")));
  }

  @Test
  void applyCredit_explicit_appliesTheNamedAmountsInLedgerOrder() {
    Book b = creditThenInvoices();
    Outcome<ReceivablesLedger> o = b.keep(b.ledger.applyCredit("AP1", "P1", D, Map.of("Y", eur("40.00"),
        "X", eur("5.00")), b.recorded, T));
    CreditEvent.CreditApplied e = o.events(CreditEvent.CreditApplied.class).get(0);
    assertThat(e.allocations()).extracting(Allocation::invoiceId).containsExactly("X", "Y");
    assertThat(e.amount()).isEqualTo(eur("45.00"));
    assertThat(e.remaining()).isEqualTo(eur("5.00"));
    assertThat(b.ledger.invoice("X").orElseThrow().open()).isEqualTo(eur("25.00"));
    assertThat(b.ledger.invoice("Y")).isEmpty();
    assertThat(b.ledger.credit("P1")).contains(new LedgerCredit("P1", D, eur("5.00")));
  }

  @Test
  void applyCredit_unknownUsedUpOrNothingToApply_isRejectedAndChangesNothing() {
    Book b = creditThenInvoices();
    ReceivablesLedger before = b.ledger;
    Outcome<ReceivablesLedger> unknown = b.ledger.applyCredit("AP1", "P9", D, b.recorded, T);
    assertThat(rejection(unknown)).isEqualTo(ReasonCode.UNKNOWN_DOCUMENT);
    assertThat(unknown.rejection().orElseThrow().message()).isEqualTo("credit P9 is not recorded in ledger CA-7");
    Outcome<ReceivablesLedger> invoice = b.ledger.applyCredit("AP1", "X", D, b.recorded, T);
    assertThat(rejection(invoice)).isEqualTo(ReasonCode.UNKNOWN_DOCUMENT);
    assertThat(invoice.rejection().orElseThrow().message())
        .isEqualTo("X is recorded in ledger CA-7 as INVOICE, not as a payment or credit note");
    Outcome<ReceivablesLedger> early = b.ledger.applyCredit("AP1", "P1", D.minusDays(1), b.recorded, T);
    assertThat(rejection(early)).isEqualTo(ReasonCode.OUT_OF_ORDER);
    assertThat(early.rejection().orElseThrow().message())
        .isEqualTo("credit P1 of 2026-10-01 cannot be applied on 2026-09-30, before it was received");
    assertThat(rejection(b.ledger.applyCredit("AP1", "P1", D, Map.of(), b.recorded, T)))
        .isEqualTo(ReasonCode.NO_CHANGE);
    assertThat(b.ledger).isEqualTo(before);
    b.keep(b.ledger.applyCredit("AP1", "P1", D, b.recorded, T)).orElseThrow();
    Outcome<ReceivablesLedger> usedUp = b.ledger.applyCredit("AP2", "P1", D, b.recorded, T);
    assertThat(rejection(usedUp)).isEqualTo(ReasonCode.DOCUMENT_SETTLED);
    assertThat(usedUp.rejection().orElseThrow().message()).isEqualTo("the credit of P1 is used up");
    Book none = new Book();
    none.keep(none.ledger.recordPayment("P1", eur("10.00"), D, none.recorded, T));
    Outcome<ReceivablesLedger> nothingOpen = none.ledger.applyCredit("AP1", "P1", D, none.recorded, T);
    assertThat(rejection(nothingOpen)).isEqualTo(ReasonCode.NO_CHANGE);
    assertThat(nothingOpen.rejection().orElseThrow().message())
        .isEqualTo("credit P1 has nothing to apply to: ledger CA-7 has no open invoice");
  }

  @Test
  void applyCredit_explicitBeyondTheCreditOrAnInvoice_isRejectedLikeAPayment() {
    Book b = creditThenInvoices();
    ReceivablesLedger before = b.ledger;
    Outcome<ReceivablesLedger> beyondCredit = b.ledger.applyCredit("AP1", "P1", D,
        Map.of("X", eur("30.00"), "Y", eur("20.01")), b.recorded, T);
    assertThat(rejection(beyondCredit)).isEqualTo(ReasonCode.OVER_ALLOCATION);
    assertThat(beyondCredit.rejection().orElseThrow().message())
        .isEqualTo("allocations of AP1 total EUR 50.01, more than the credit left on P1 EUR 50.00");
    assertThat(rejection(b.ledger.applyCredit("AP1", "P1", D, Map.of("X", eur("30.01")), b.recorded, T)))
        .isEqualTo(ReasonCode.OVER_ALLOCATION);
    assertThat(rejection(b.ledger.applyCredit("AP1", "P1", D, Map.of("A", eur("1.00")), b.recorded, T)))
        .isEqualTo(ReasonCode.DOCUMENT_SETTLED);
    assertThat(rejection(b.ledger.applyCredit("AP1", "P1", D, Map.of("Z", eur("1.00")), b.recorded, T)))
        .isEqualTo(ReasonCode.UNKNOWN_DOCUMENT);
    assertThat(b.ledger).isEqualTo(before);
  }

  @Test
  void applyCredit_again_isANoOp_orAConflictWithOtherContent() {
    Book b = creditThenInvoices();
    b.keep(b.ledger.applyCredit("AP1", "P1", D, Map.of("X", eur("10.00")), b.recorded, T)).orElseThrow();
    ReceivablesLedger before = b.ledger;
    Outcome<ReceivablesLedger> again = b.ledger.applyCredit("AP1", "P1", D, Map.of("X", eur("10.00")), b.recorded,
        T.plusSeconds(60));
    assertThat(again.events()).isEmpty();
    assertThat(again.orElseThrow()).isSameAs(before);
    assertThat(b.ledger.applyCredit("AP1", "P1", D, b.recorded, T).events()).as("oldest-first allocations are not "
        + "compared").isEmpty();
    Outcome<ReceivablesLedger> otherDate = b.ledger.applyCredit("AP1", "P1", D.plusDays(1), b.recorded, T);
    assertThat(rejection(otherDate)).isEqualTo(ReasonCode.DOCUMENT_CONFLICT);
    assertThat(otherDate.rejection().orElseThrow().message()).isEqualTo("document AP1 is recorded already as "
        + "CREDIT_APPLICATION of EUR 10.00 on 2026-10-01; it cannot be recorded again as CREDIT_APPLICATION of P1 on "
        + "2026-10-02");
    assertThat(rejection(b.ledger.applyCredit("AP1", "P1", D, Map.of("X", eur("11.00")), b.recorded, T)))
        .isEqualTo(ReasonCode.DOCUMENT_CONFLICT);
    assertThat(rejection(b.ledger.applyCredit("P1", "P1", D, b.recorded, T))).isEqualTo(ReasonCode.DOCUMENT_CONFLICT);
    assertThat(rejection(b.ledger.recordPayment("AP1", eur("10.00"), D, b.recorded, T)))
        .isEqualTo(ReasonCode.DOCUMENT_CONFLICT);
    assertThat(b.ledger).isEqualTo(before);
  }

  @Test
  void applyCredit_badInput_throwsNamingTheParameter() {
    Book b = creditThenInvoices();
    assertThatThrownBy(() -> b.ledger.applyCredit("AP1", "P1", D, Map.of("X", Money.of("10", "USD")), b.recorded, T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("allocations[X] must be in the ledger's currency EUR, but was USD 10.00");
    assertThatThrownBy(() -> b.ledger.applyCredit("AP1", "P1", D, Map.of("X", eur("0")), b.recorded, T))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("allocations[X] must be > 0, but was EUR 0.00");
    assertThatThrownBy(() -> b.ledger.applyCredit("AP1", "", D, b.recorded, T))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("creditDocumentId must not be blank");
    assertThatThrownBy(() -> b.ledger.applyCredit("AP1 ", "P1", D, b.recorded, T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("documentId must not start or end with whitespace, but was 'AP1 '");
    assertThatThrownBy(() -> b.ledger.applyCredit("AP1", "P1", null, b.recorded, T))
        .isInstanceOf(NullPointerException.class).hasMessage("on");
    assertThatThrownBy(() -> b.ledger.applyCredit("AP1", "P1", D, null, b.recorded, T))
        .isInstanceOf(NullPointerException.class).hasMessage("allocations");
  }

  @Test
  void record_sameDocumentAgain_isANoOpWithoutEvents() {
    Book b = threeInvoices();
    b.keep(b.ledger.recordPayment("P1", eur("150.00"), D, b.recorded, T));
    ReceivablesLedger before = b.ledger;
    Outcome<ReceivablesLedger> again = b.ledger.recordPayment("P1", eur("150.00"), D, b.recorded, T.plusSeconds(60));
    assertThat(again.applied()).isTrue();
    assertThat(again.events()).isEmpty();
    assertThat(again.orElseThrow()).isSameAs(before);
    assertThat(b.ledger.recordInvoice("A", S, eur("100.00"), D.plusDays(10), D.plusDays(20), b.recorded, T).events())
        .isEmpty();
    b.keep(b.ledger.writeOff("W1", "C", eur("10.00"), D, b.recorded, T));
    assertThat(b.ledger.writeOff("W1", "C", eur("10.00"), D, b.recorded, T).events()).isEmpty();
  }

  @Test
  void record_sameIdOtherContent_isRejectedAsConflict() {
    Book b = threeInvoices();
    b.keep(b.ledger.recordPayment("P1", eur("150.00"), D, b.recorded, T));
    Outcome<ReceivablesLedger> other = b.ledger.recordPayment("P1", eur("151.00"), D, b.recorded, T);
    assertThat(rejection(other)).isEqualTo(ReasonCode.DOCUMENT_CONFLICT);
    assertThat(other.rejection().orElseThrow().message()).isEqualTo("document P1 is recorded already as PAYMENT of "
        + "EUR 150.00 on 2026-10-01; it cannot be recorded again as PAYMENT of EUR 151.00 on 2026-10-01");
    assertThat(rejection(b.ledger.recordCreditNote("P1", eur("150.00"), D, b.recorded, T)))
        .isEqualTo(ReasonCode.DOCUMENT_CONFLICT);
    assertThat(rejection(b.ledger.recordInvoice("A", S, eur("100.00"), D, D.plusDays(20), b.recorded, T)))
        .isEqualTo(ReasonCode.DOCUMENT_CONFLICT);
    assertThat(rejection(b.ledger.recordInvoice("B", S, eur("100.00"), D, D.plusDays(30), id -> Optional.empty(), T))).as("held by the ledger even when the lookup misses it")
        .isEqualTo(ReasonCode.DOCUMENT_CONFLICT);
  }

  @Test
  void record_badInput_throwsNamingTheParameter() {
    Book b = threeInvoices();
    assertThatThrownBy(() -> b.ledger.recordPayment("P1", Money.of("10", "USD"), D, b.recorded, T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must be in the ledger's currency EUR, but was USD 10.00");
    assertThatThrownBy(() -> b.ledger.recordPayment("P1", eur("0"), D, b.recorded, T))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("amount must be > 0, but was EUR 0.00");
    assertThatThrownBy(() -> b.ledger.recordPayment("P1", eur("10"), D, Map.of("A", Money.of("-1", "EUR")),
        b.recorded, T)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("allocations[A] must be > 0, but was EUR -1.00");
    assertThatThrownBy(() -> b.ledger.recordInvoice("I9", S, eur("10"), D, D.minusDays(1), b.recorded, T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dueDate of I9 must be on or after issueDate 2026-10-01, but was 2026-09-30");
    assertThatThrownBy(() -> b.ledger.writeOff(" W", "A", eur("1"), D, b.recorded, T))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("documentId must not start or end with whitespace, but was ' W'");
  }

  @Test
  void new_invariants_throw() {
    LedgerInvoice a = new LedgerInvoice("A", S, D, D, eur("1"), eur("1"));
    assertThatThrownBy(() -> new ReceivablesLedger(ID, EUR, List.of(a), List.of(new LedgerCredit("A", D, eur("1"))), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invoices and credits must have distinct document ids, but A repeats");
    assertThatThrownBy(() -> new ReceivablesLedger(ID, Currency.getInstance("USD"), List.of(a), List.of(), 0))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void openItems_areTheOpenAmounts_forExposure() {
    Book b = threeInvoices();
    b.keep(b.ledger.recordPayment("P1", eur("150.00"), D, b.recorded, T));
    Exposure e = Exposure.of(S, EUR, b.ledger.openItems(), D);
    assertThat(e.openInvoices()).isEqualTo(eur("150.00"));
  }

  @Test
  void ageing_byBasis_countsFromDueOrIssueDate() {
    Book b = new Book().invoice("I1", "10.00", D, D.plusDays(30));
    LocalDate asOf = D.plusDays(31);   // 1 day past due, 31 days old
    assertThat(b.ledger.ageing(asOf, AgeingBuckets.ofDefaults(), AgeingBasis.DAYS_PAST_DUE).line("1-30").amount())
        .isEqualTo(eur("10.00"));
    assertThat(b.ledger.ageing(asOf, AgeingBuckets.ofDefaults(), AgeingBasis.INVOICE_AGE).line("31-60").amount())
        .isEqualTo(eur("10.00"));
  }

  @Test
  void toString_showsIdsAndCountsOnly() {
    assertThat(threeInvoices().ledger.withVersion(3).toString())
        .isEqualTo("ReceivablesLedger[id=CA-7, currency=EUR, version=3, openInvoices=3, credits=0]");
  }

  /** Whatever is paid, credited or written off, open + allocated + credits = invoiced + received. */
  @Property(tries = 200)
  void conservation_openPlusCreditsEqualsInvoicedMinusAllocated(
      @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 50_000) Integer> invoiceCents,
      @ForAll @Size(max = 6) List<@IntRange(min = 1, max = 50_000) Integer> paymentCents) {
    Book b = new Book();
    long invoiced = 0;
    for (int i = 0; i < invoiceCents.size(); i++) {
      b.keep(b.ledger.recordInvoice("I" + i, S, Money.ofMinor(invoiceCents.get(i), EUR), D.plusDays(i),
          D.plusDays(30 + (i * 7L) % 11), b.recorded, T)).orElseThrow();
      invoiced += invoiceCents.get(i);
    }
    long received = 0;
    for (int i = 0; i < paymentCents.size(); i++) {
      b.keep(b.ledger.recordPayment("P" + i, Money.ofMinor(paymentCents.get(i), EUR), D, b.recorded, T)).orElseThrow();
      received += paymentCents.get(i);
    }
    long open = b.ledger.openTotal().minorUnits();
    long credit = b.ledger.unallocatedCredit().minorUnits();
    assertThat(open - credit).isEqualTo(invoiced - received);
    assertThat(open == 0 || credit == 0).as("oldest-first never leaves a credit beside an open invoice").isTrue();
  }

  /** Credits applied oldest-first to invoices recorded after them keep the balance and leave no credit beside an open invoice. */
  @Property(tries = 200)
  void applyCredit_conservation_openMinusCreditIsUnchanged(
      @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 1, max = 50_000) Integer> paymentCents,
      @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 1, max = 50_000) Integer> invoiceCents) {
    Book b = new Book();
    long received = 0;
    for (int i = 0; i < paymentCents.size(); i++) {
      b.keep(b.ledger.recordPayment("P" + i, Money.ofMinor(paymentCents.get(i), EUR), D, b.recorded, T)).orElseThrow();
      received += paymentCents.get(i);
    }
    long invoiced = 0;
    for (int i = 0; i < invoiceCents.size(); i++) {
      b.keep(b.ledger.recordInvoice("I" + i, S, Money.ofMinor(invoiceCents.get(i), EUR), D.plusDays(i),
          D.plusDays(30 + (i * 7L) % 11), b.recorded, T)).orElseThrow();
      invoiced += invoiceCents.get(i);
    }
    for (int i = 0; i < paymentCents.size(); i++) {
      Outcome<ReceivablesLedger> o = b.keep(b.ledger.applyCredit("AP" + i, "P" + i, D.plusDays(60), b.recorded, T));
      assertThat(o.applied() || rejection(o) == ReasonCode.NO_CHANGE).as(String.valueOf(o)).isTrue();
    }
    long open = b.ledger.openTotal().minorUnits();
    long credit = b.ledger.unallocatedCredit().minorUnits();
    assertThat(open - credit).isEqualTo(invoiced - received);
    assertThat(open == 0 || credit == 0).as("applying every credit leaves none beside an open invoice").isTrue();
  }

  private static ReasonCode rejection(Outcome<ReceivablesLedger> outcome) {
    return outcome.rejection().orElseThrow().code();
  }
}
