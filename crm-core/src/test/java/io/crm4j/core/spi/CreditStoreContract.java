package io.crm4j.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.credit.Allocation;
import io.crm4j.core.credit.CreditAccount;
import io.crm4j.core.credit.CreditAccountId;
import io.crm4j.core.credit.CreditCheck;
import io.crm4j.core.credit.CreditCheckReport;
import io.crm4j.core.credit.CreditCheckType;
import io.crm4j.core.credit.CreditDocument;
import io.crm4j.core.credit.CreditEvent;
import io.crm4j.core.credit.CreditSegment;
import io.crm4j.core.credit.CreditService;
import io.crm4j.core.credit.CreditStorage;
import io.crm4j.core.credit.Exposure;
import io.crm4j.core.credit.LedgerCredit;
import io.crm4j.core.credit.OpenItem;
import io.crm4j.core.credit.PaidItem;
import io.crm4j.core.credit.ReceivableDocument;
import io.crm4j.core.credit.ReceivableDocumentId;
import io.crm4j.core.credit.ReceivablesLedger;
import io.crm4j.core.credit.UtilisationLevels;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.outcome.ReasonCode;
import io.crm4j.core.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The storage contract for credit accounts, run by every adapter. */
public interface CreditStoreContract extends StoreFixture {

  Instant CREDIT_T0 = Instant.parse("2026-11-23T10:00:00Z");
  CreditSegment CREDIT_SALES = CreditSegment.of("sales");

  private static CreditService credit(Store store, MutableClock clock) {
    return CreditService.of(store, clock, CreditCheck.ofDefaults());
  }

  private static CreditAccount openWithLimit(CreditService credit, String id) {
    credit.open(CreditAccountId.of(id), CustomerId.of("C-" + id));
    return credit.setLimit(CreditAccountId.of(id), CREDIT_SALES, Money.of("1000", "EUR"));
  }

  @Test
  default void saveCredit_newAccount_isStoredWithItsEvents() {
    try (Store store = newStore()) {
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);
      CreditAccount stored = openWithLimit(credit(store, MutableClock.of(CREDIT_T0)), "CA-1");
      assertThat(stored.version()).isEqualTo(2);
      assertThat(store.repository(CreditStorage.ACCOUNTS).find(CreditAccountId.of("CA-1"))).contains(stored);
      assertThat(seen).containsExactly(new CreditEvent.LimitSet(CreditAccountId.of("CA-1"), CREDIT_SALES,
          Money.of("1000", "EUR"), CREDIT_T0));
    }
  }

  @Test
  default void saveCredit_blockedAccountWithUtilisation_roundTripsEveryField() {
    try (Store store = newStore()) {
      MutableClock clock = MutableClock.of(CREDIT_T0);
      CreditService credit = credit(store, clock);
      openWithLimit(credit, "CA-2");
      Exposure exposure = new Exposure(CREDIT_SALES, Money.of("0", "EUR"), Money.of("0", "EUR"), Money.of("100", "EUR"),
          Money.of("750.50", "EUR"));
      clock.advance(Duration.ofSeconds(5));
      CreditAccount v3 = credit.recordExposure(CreditAccountId.of("CA-2"), exposure, UtilisationLevels.ofDefaults());
      clock.advance(Duration.ofSeconds(4));
      CreditAccount v4 = credit.block(CreditAccountId.of("CA-2"), "cheque returned");
      assertThat(v3.version()).isEqualTo(3);
      assertThat(v4.version()).isEqualTo(4);
      CreditAccount read = store.repository(CreditStorage.ACCOUNTS).find(CreditAccountId.of("CA-2")).orElseThrow();
      assertThat(read).isEqualTo(v4);
      assertThat(read.blocked()).isTrue();
      assertThat(read.limits().get(0).lastExposure()).isEqualTo(Money.of("850.50", "EUR"));
      assertThat(read.history()).hasSize(4);
      assertThat(credit.unblock(CreditAccountId.of("CA-2")).version()).isEqualTo(5);
      assertThat(credit.unblock(CreditAccountId.of("CA-2")).version()).as("nothing to unblock: no write").isEqualTo(5);
    }
  }

  @Test
  default void saveCredit_staleAccount_isRejectedAndPublishesNothing() {
    try (Store store = newStore()) {
      CreditService credit = credit(store, MutableClock.of(CREDIT_T0));
      CreditAccount v2 = openWithLimit(credit, "CA-3");
      credit.block(CreditAccountId.of("CA-3"), "first");
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);
      CreditAccount late = v2.setLimit(CREDIT_SALES, Money.of("5", "EUR"), CREDIT_T0.plusSeconds(1)).value();
      assertThatThrownBy(() -> store.run(tx -> tx.repository(CreditStorage.ACCOUNTS).update(late)))
          .isInstanceOf(StaleVersionException.class);
      assertThat(seen).isEmpty();
      CreditAccount read = store.repository(CreditStorage.ACCOUNTS).find(CreditAccountId.of("CA-3")).orElseThrow();
      assertThat(read.blocked()).isTrue();
      assertThat(read.limits().get(0).amount()).isEqualTo(Money.of("1000", "EUR"));
    }
  }

  @Test
  default void saveCredit_duplicateNewAccount_isRejected() {
    try (Store store = newStore()) {
      CreditService credit = credit(store, MutableClock.of(CREDIT_T0));
      openWithLimit(credit, "CA-4");
      assertThatThrownBy(() -> credit.open(CreditAccountId.of("CA-4"), CustomerId.of("C-other")))
          .isInstanceOf(DuplicateIdException.class);
      assertThat(store.repository(CreditStorage.ACCOUNTS).count()).isEqualTo(1);
    }
  }

  @Test
  default void pageCredit_walksAccountsInIdOrder() {
    try (Store store = newStore()) {
      CreditService credit = credit(store, MutableClock.of(CREDIT_T0));
      for (String id : List.of("CA-c", "CA-a", "CA-b")) {
        openWithLimit(credit, id);
      }
      Repository<CreditAccountId, CreditAccount> repo = store.repository(CreditStorage.ACCOUNTS);
      assertThat(repo.page(null, 2)).extracting(CreditAccount::id)
          .containsExactly(CreditAccountId.of("CA-a"), CreditAccountId.of("CA-b"));
      assertThat(repo.page(CreditAccountId.of("CA-b"), 2)).extracting(CreditAccount::id)
          .containsExactly(CreditAccountId.of("CA-c"));
      assertThat(repo.delete(CreditAccountId.of("CA-a"), 2)).isTrue();
      assertThat(repo.count()).isEqualTo(2);
    }
  }

  @Test
  default void saveCredit_utilisationEvent_isDeliveredAfterCommit() {
    try (Store store = newStore()) {
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);
      CreditService credit = credit(store, MutableClock.of(CREDIT_T0));
      openWithLimit(credit, "CA-5");
      Exposure full = new Exposure(CREDIT_SALES, Money.of("1000", "EUR"), Money.of("0", "EUR"), Money.of("0", "EUR"),
          Money.of("0", "EUR"));
      credit.recordExposure(CreditAccountId.of("CA-5"), full, UtilisationLevels.ofDefaults());
      assertThat(seen).filteredOn(e -> e instanceof CreditEvent.UtilisationCrossed).hasSize(2);
    }
  }

  @Test
  default void checkCredit_onTheStoredAccount_atTheClocksDate() {
    try (Store store = newStore()) {
      MutableClock clock = MutableClock.of(CREDIT_T0);   // 2026-11-23
      CreditService credit = credit(store, clock);
      openWithLimit(credit, "CA-6");
      CreditDocument order = new CreditDocument("SO-1", CREDIT_SALES, Money.of("400", "EUR"), LocalDate.of(2026, 11, 30));
      // invoice due 2026-10-20 is 34 days overdue on 2026-11-23, more than the preset 30
      List<OpenItem> items = List.of(new OpenItem.OpenInvoice("IN-1", CREDIT_SALES, Money.of("100", "EUR"),
          LocalDate.of(2026, 10, 20), 0));
      Outcome<CreditCheckReport> late = credit.check(CreditAccountId.of("CA-6"), order, items);
      assertThat(late.rejection().orElseThrow().code()).isEqualTo(ReasonCode.CREDIT_CHECK_FAILED);
      assertThat(late.rejection().orElseThrow().detail(CreditCheckReport.class).orElseThrow()
          .failed(CreditCheckType.OLDEST_OPEN_ITEM)).isTrue();
      clock.set(Instant.parse("2026-11-10T10:00:00Z"));   // 21 days overdue: within 30
      assertThat(credit.check(CreditAccountId.of("CA-6"), order, items).orElseThrow().passed()).isTrue();
      assertThatThrownBy(() -> credit.check(CreditAccountId.of("nope"), order, items))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("id must name a stored credit-account, but was nope");
    }
  }

  private static CreditService ledgerWithInvoices(Store store, MutableClock clock, String id) {
    CreditService credit = credit(store, clock);
    openWithLimit(credit, id);
    credit.openLedger(CreditAccountId.of(id), Currency.getInstance("EUR"));
    CreditAccountId ca = CreditAccountId.of(id);
    credit.recordInvoice(ca, "INV-1", CREDIT_SALES, Money.of("100", "EUR"), LocalDate.of(2026, 10, 1),
        LocalDate.of(2026, 10, 31)).orElseThrow();
    credit.recordInvoice(ca, "INV-2", CREDIT_SALES, Money.of("50", "EUR"), LocalDate.of(2026, 11, 1),
        LocalDate.of(2026, 11, 30)).orElseThrow();
    return credit;
  }

  @Test
  default void saveLedger_everyDocument_isStoredWithTheLedgerAndItsEvent() {
    try (Store store = newStore()) {
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);
      CreditService credit = ledgerWithInvoices(store, MutableClock.of(CREDIT_T0), "CL-1");
      CreditAccountId ca = CreditAccountId.of("CL-1");
      ReceivablesLedger paid = credit.recordPayment(ca, "PAY-1", Money.of("130", "EUR"), LocalDate.of(2026, 11, 5))
          .orElseThrow();
      credit.recordCreditNote(ca, "CN-1", Money.of("5", "EUR"), LocalDate.of(2026, 11, 6), Map.of("INV-2",
          Money.of("5", "EUR"))).orElseThrow();
      ReceivablesLedger last = credit.writeOff(ca, "WO-1", "INV-2", Money.of("15", "EUR"), LocalDate.of(2026, 11, 7))
          .orElseThrow();
      assertThat(paid.version()).isEqualTo(4);
      assertThat(last.version()).isEqualTo(6);
      assertThat(last.invoices()).isEmpty();
      assertThat(store.repository(CreditStorage.LEDGERS).find(ca)).contains(last);
      ReceivableDocument payment = store.repository(CreditStorage.DOCUMENTS)
          .find(ReceivableDocumentId.of(ca, "PAY-1")).orElseThrow();
      assertThat(payment.version()).isEqualTo(1);
      assertThat(payment.allocations()).containsExactly(
          new Allocation("INV-1", LocalDate.of(2026, 10, 31), Money.of("100", "EUR")),
          new Allocation("INV-2", LocalDate.of(2026, 11, 30), Money.of("30", "EUR")));
      assertThat(store.repository(CreditStorage.DOCUMENTS).count()).isEqualTo(5);
      assertThat(seen).filteredOn(e -> e instanceof CreditEvent.InvoiceRecorded).hasSize(2);
      assertThat(seen).filteredOn(e -> e instanceof CreditEvent.PaymentRecorded).hasSize(1);
      assertThat(seen).filteredOn(e -> e instanceof CreditEvent.CreditNoteRecorded).hasSize(1);
      assertThat(seen).filteredOn(e -> e instanceof CreditEvent.WrittenOff).hasSize(1);
    }
  }

  @Test
  default void saveLedger_rejectionOrRetry_writesAndPublishesNothing() {
    try (Store store = newStore()) {
      CreditService credit = ledgerWithInvoices(store, MutableClock.of(CREDIT_T0), "CL-2");
      CreditAccountId ca = CreditAccountId.of("CL-2");
      ReceivablesLedger before = credit.ledger(ca).orElseThrow();
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);
      Outcome<ReceivablesLedger> unknown = credit.recordPayment(ca, "PAY-1", Money.of("10", "EUR"),
          LocalDate.of(2026, 11, 5), Map.of("INV-9", Money.of("10", "EUR")));
      assertThat(unknown.rejection().orElseThrow().code()).isEqualTo(ReasonCode.UNKNOWN_DOCUMENT);
      Outcome<ReceivablesLedger> again = credit.recordInvoice(ca, "INV-1", CREDIT_SALES, Money.of("100", "EUR"),
          LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
      assertThat(again.orElseThrow().version()).as("a retry writes nothing").isEqualTo(before.version());
      assertThat(credit.recordInvoice(ca, "INV-1", CREDIT_SALES, Money.of("99", "EUR"), LocalDate.of(2026, 10, 1),
          LocalDate.of(2026, 10, 31)).rejection().orElseThrow().code()).isEqualTo(ReasonCode.DOCUMENT_CONFLICT);
      assertThat(seen).isEmpty();
      assertThat(store.repository(CreditStorage.LEDGERS).find(ca)).contains(before);
      assertThat(store.repository(CreditStorage.DOCUMENTS).find(ReceivableDocumentId.of(ca, "PAY-1"))).isEmpty();
      assertThatThrownBy(() -> credit.recordPayment(CreditAccountId.of("CA-none"), "P", Money.of("1", "EUR"),
          LocalDate.of(2026, 11, 5))).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("id must name a stored receivables-ledger, but was CA-none");
    }
  }

  @Test
  default void saveLedger_staleLedger_keepsNeitherTheLedgerNorTheDocument() {
    try (Store store = newStore()) {
      CreditService credit = ledgerWithInvoices(store, MutableClock.of(CREDIT_T0), "CL-3");
      CreditAccountId ca = CreditAccountId.of("CL-3");
      ReceivablesLedger read = credit.ledger(ca).orElseThrow();
      credit.recordPayment(ca, "PAY-1", Money.of("10", "EUR"), LocalDate.of(2026, 11, 5)).orElseThrow();
      // a second writer that read the ledger before PAY-1 records PAY-2 and loses the race
      Outcome<ReceivablesLedger> late = read.recordPayment("PAY-2", Money.of("20", "EUR"), LocalDate.of(2026, 11, 6),
          d -> Optional.empty(), CREDIT_T0);
      assertThatThrownBy(() -> store.run(tx -> {
        tx.repository(CreditStorage.DOCUMENTS).insert(new ReceivableDocument(ca, "PAY-2",
            ReceivableDocument.Kind.PAYMENT, LocalDate.of(2026, 11, 6), null, null, Money.of("20", "EUR"),
            late.events(CreditEvent.PaymentRecorded.class).get(0).allocations(), 0));
        tx.repository(CreditStorage.LEDGERS).update(late.orElseThrow());
      })).isInstanceOf(StaleVersionException.class);
      assertThat(store.repository(CreditStorage.DOCUMENTS).find(ReceivableDocumentId.of(ca, "PAY-2"))).isEmpty();
      assertThat(credit.ledger(ca).orElseThrow().invoices().get(0).open()).isEqualTo(Money.of("90", "EUR"));
    }
  }

  @Test
  default void readLedger_openItemsPaidItemsAndDso_readOnlyTheAccountsOwnDocuments() {
    try (Store store = newStore()) {
      MutableClock clock = MutableClock.of(Instant.parse("2026-11-30T18:00:00Z"));
      CreditService credit = ledgerWithInvoices(store, clock, "CL-4");
      // neighbours whose ids share the prefix "CL-4" must not leak into CL-4's figures
      ledgerWithInvoices(store, clock, "CL-40");
      ledgerWithInvoices(store, clock, "CL-4-b");
      CreditAccountId ca = CreditAccountId.of("CL-4");
      credit.recordPayment(ca, "PAY-1", Money.of("120", "EUR"), LocalDate.of(2026, 11, 10)).orElseThrow();
      credit.recordPayment(CreditAccountId.of("CL-40"), "PAY-1", Money.of("160", "EUR"), LocalDate.of(2026, 12, 31))
          .orElseThrow();
      assertThat(credit.openItems(ca)).containsExactly(new OpenItem.OpenInvoice("INV-2", CREDIT_SALES,
          Money.of("30", "EUR"), LocalDate.of(2026, 11, 30), 0));
      assertThat(credit.paidItems(ca)).containsExactly(
          new PaidItem(Money.of("100", "EUR"), LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 10)),
          new PaidItem(Money.of("20", "EUR"), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 10)));
      // 30 open against November's 50 of sales: 30 / 50 * 30 days = 18
      assertThat(credit.dso(ca, YearMonth.of(2026, 11), 1)).isEqualByComparingTo("18");
      assertThat(credit.ledger(ca).orElseThrow().credits()).isEmpty();
      assertThat(credit.ledger(CreditAccountId.of("CL-40")).orElseThrow().credits())
          .containsExactly(new LedgerCredit("PAY-1", LocalDate.of(2026, 12, 31), Money.of("10", "EUR")));
    }
  }

  @Test
  default void saveLedger_creditApplication_isStoredWithTheLedgerAndItsEvent_andCountsOnThePaymentDate() {
    try (Store store = newStore()) {
      CreditService credit = ledgerWithInvoices(store, MutableClock.of(CREDIT_T0), "CL-5");
      CreditAccountId ca = CreditAccountId.of("CL-5");
      // PAY-1 settles both invoices (150) and leaves 20; CN-1 leaves its whole 30 as credit
      credit.recordPayment(ca, "PAY-1", Money.of("170", "EUR"), LocalDate.of(2026, 11, 5)).orElseThrow();
      credit.recordCreditNote(ca, "CN-1", Money.of("30", "EUR"), LocalDate.of(2026, 11, 6)).orElseThrow();
      credit.recordInvoice(ca, "INV-3", CREDIT_SALES, Money.of("40", "EUR"), LocalDate.of(2026, 11, 10),
          LocalDate.of(2026, 12, 10)).orElseThrow();
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);
      ReceivablesLedger applied = credit.applyCredit(ca, "APP-1", "PAY-1", LocalDate.of(2026, 11, 20)).orElseThrow();
      ReceivablesLedger rest = credit.applyCredit(ca, "APP-2", "CN-1", LocalDate.of(2026, 11, 21),
          Map.of("INV-3", Money.of("5", "EUR"))).orElseThrow();
      assertThat(applied.version()).isEqualTo(7);
      assertThat(store.repository(CreditStorage.LEDGERS).find(ca)).contains(rest);
      assertThat(rest.invoices().get(0).open()).isEqualTo(Money.of("15", "EUR"));
      assertThat(rest.credits()).containsExactly(new LedgerCredit("CN-1", LocalDate.of(2026, 11, 6),
          Money.of("25", "EUR")));
      ReceivableDocument app = store.repository(CreditStorage.DOCUMENTS).find(ReceivableDocumentId.of(ca, "APP-1"))
          .orElseThrow();
      assertThat(app.kind()).isEqualTo(ReceivableDocument.Kind.CREDIT_APPLICATION);
      assertThat(app.creditDocumentId()).isEqualTo("PAY-1");
      assertThat(app.allocations()).containsExactly(new Allocation("INV-3", LocalDate.of(2026, 12, 10),
          Money.of("20", "EUR")));
      assertThat(seen).filteredOn(e -> e instanceof CreditEvent.CreditApplied).hasSize(2);
      // a retry writes and publishes nothing; a rejection neither
      assertThat(credit.applyCredit(ca, "APP-1", "PAY-1", LocalDate.of(2026, 11, 20)).orElseThrow()).isEqualTo(rest);
      assertThat(credit.applyCredit(ca, "APP-3", "PAY-1", LocalDate.of(2026, 11, 22)).rejection().orElseThrow().code())
          .isEqualTo(ReasonCode.DOCUMENT_SETTLED);
      assertThat(seen).hasSize(2);
      assertThat(store.repository(CreditStorage.DOCUMENTS).find(ReceivableDocumentId.of(ca, "APP-3"))).isEmpty();
      // the payment's credit counts as paid on 5 Nov (the payment date), 35 days early; the credit note's does not
      assertThat(credit.paidItems(ca)).containsExactly(
          new PaidItem(Money.of("20", "EUR"), LocalDate.of(2026, 12, 10), LocalDate.of(2026, 11, 5)),
          new PaidItem(Money.of("100", "EUR"), LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 5)),
          new PaidItem(Money.of("50", "EUR"), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 5)));
    }
  }
}
