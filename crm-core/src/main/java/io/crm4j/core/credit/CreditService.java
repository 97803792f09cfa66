package io.crm4j.core.credit;

import static io.crm4j.core.credit.CreditStorage.ACCOUNTS;
import static io.crm4j.core.credit.CreditStorage.DOCUMENTS;
import static io.crm4j.core.credit.CreditStorage.LEDGERS;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.internal.store.UnitOfWork;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.StaleVersionException;
import io.crm4j.core.spi.Store;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Keeps credit accounts and their receivables ledgers in a {@link Store} and checks documents against
 * them with one {@link CreditCheck}. Every change reads the account, applies it at the clock's instant and
 * stores it with its events in one unit of work, returning the stored account with its new
 * version; a credit check reads only and returns an {@link Outcome} (rejected with
 * {@link io.crm4j.core.outcome.ReasonCode#CREDIT_CHECK_FAILED} when a check fails).
 *
 * <p>The receivables ledger ({@link ReceivablesLedger}, opened with {@link #openLedger}) records invoices,
 * payments, credit notes, write-offs and applications of held credits. Each recording reads the ledger and the documents it names,
 * and stores the changed ledger, the new {@link ReceivableDocument} and the event in one unit of work,
 * returning an {@link Outcome} (rejections as {@link ReceivablesLedger} lists them). Open items,
 * ageing, DSO and the payment index are computed from the ledger and its documents.
 *
 * <p>Thread-safe when the store is; a concurrent write to the same account between a change's
 * read and its write surfaces as {@link StaleVersionException}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CreditService {

  private static final int DOCUMENT_PAGE = 500;

  private final Store store;
  private final Clock clock;
  private final CreditCheck check;

  private CreditService(Store store, Clock clock, CreditCheck check) {
    this.store = store;
    this.clock = clock;
    this.check = check;
  }

  public static CreditService of(Store store, Clock clock, CreditCheck check) {
    return new CreditService(Objects.requireNonNull(store, "store"), Objects.requireNonNull(clock, "clock"),
        Objects.requireNonNull(check, "check"));
  }

  public CreditCheck creditCheck() {
    return check;
  }

  public Optional<CreditAccount> find(CreditAccountId id) {
    return store.repository(ACCOUNTS).find(Objects.requireNonNull(id, "id"));
  }

  /**
   * Opens and stores a new account now, without limits.
   *
   * @throws io.crm4j.core.spi.DuplicateIdException if the id is taken
   */
  public CreditAccount open(CreditAccountId id, CustomerId customerId) {
    CreditAccount opened = CreditAccount.open(id, customerId, clock.instant());
    return store.inTransaction(tx -> tx.repository(ACCOUNTS).insert(opened));
  }

  /** Sets (or replaces) the limit of a segment in the amount's currency, now. */
  public CreditAccount setLimit(CreditAccountId id, CreditSegment segment, Money amount) {
    return change(id, (a, at) -> a.setLimit(segment, amount, at));
  }

  /** Blocks the account now (see {@link CreditAccount#block}). */
  public CreditAccount block(CreditAccountId id, String reason) {
    return change(id, (a, at) -> a.block(reason, at));
  }

  /** Unblocks the account now. */
  public CreditAccount unblock(CreditAccountId id) {
    return change(id, (a, at) -> a.unblock(at));
  }

  /** Records the exposure of a segment now and publishes the utilisation levels it crossed. */
  public CreditAccount recordExposure(CreditAccountId id, Exposure exposure, UtilisationLevels levels) {
    Objects.requireNonNull(exposure, "exposure");
    Objects.requireNonNull(levels, "levels");
    return change(id, (a, at) -> a.recordExposure(exposure, levels, at));
  }

  /**
   * Checks a document against the stored account on the clock's date (in the clock's zone); writes
   * nothing.
   *
   * @param openItems the customer's open orders, deliveries and invoices (excluding the document)
   */
  public Outcome<CreditCheckReport> check(CreditAccountId id, CreditDocument document,
      List<? extends OpenItem> openItems) {
    CreditAccount account = find(id).orElseThrow(() -> UnitOfWork.unknown(ACCOUNTS, id));
    return check.check(account, document, openItems, LocalDate.ofInstant(clock.instant(), clock.getZone()));
  }

  /**
   * Opens and stores the receivables ledger of a stored account, in one currency.
   *
   * @throws IllegalArgumentException if no account has this id
   * @throws io.crm4j.core.spi.DuplicateIdException if the account has a ledger already
   */
  public ReceivablesLedger openLedger(CreditAccountId id, Currency currency) {
    ReceivablesLedger opened = ReceivablesLedger.open(Objects.requireNonNull(id, "id"), currency);
    return store.inTransaction(tx -> {
      tx.repository(ACCOUNTS).find(id).orElseThrow(() -> UnitOfWork.unknown(ACCOUNTS, id));
      return tx.repository(LEDGERS).insert(opened);
    });
  }

  /** The stored receivables ledger of an account, if it has one. */
  public Optional<ReceivablesLedger> ledger(CreditAccountId id) {
    return store.repository(LEDGERS).find(Objects.requireNonNull(id, "id"));
  }

  /** Records an invoice in the account's ledger (see {@link ReceivablesLedger#recordInvoice}). */
  public Outcome<ReceivablesLedger> recordInvoice(CreditAccountId id, String documentId, CreditSegment segment,
      Money amount, LocalDate issueDate, LocalDate dueDate) {
    return record(id, (l, recorded, at) -> l.recordInvoice(documentId, segment, amount, issueDate, dueDate, recorded,
        at));
  }

  /** Records a payment received on {@code paidOn}, allocated oldest-first; a remainder stays as a credit. */
  public Outcome<ReceivablesLedger> recordPayment(CreditAccountId id, String documentId, Money amount,
      LocalDate paidOn) {
    return record(id, (l, recorded, at) -> l.recordPayment(documentId, amount, paidOn, recorded, at));
  }

  /** Records a payment allocated explicitly to the invoices named in {@code allocations}. */
  public Outcome<ReceivablesLedger> recordPayment(CreditAccountId id, String documentId, Money amount,
      LocalDate paidOn, Map<String, Money> allocations) {
    Map<String, Money> copy = new LinkedHashMap<>(Objects.requireNonNull(allocations, "allocations"));
    return record(id, (l, recorded, at) -> l.recordPayment(documentId, amount, paidOn, copy, recorded, at));
  }

  /** Records a credit note issued on {@code issuedOn}, allocated oldest-first; a remainder stays as a credit. */
  public Outcome<ReceivablesLedger> recordCreditNote(CreditAccountId id, String documentId, Money amount,
      LocalDate issuedOn) {
    return record(id, (l, recorded, at) -> l.recordCreditNote(documentId, amount, issuedOn, recorded, at));
  }

  /** Records a credit note allocated explicitly to the invoices named in {@code allocations}. */
  public Outcome<ReceivablesLedger> recordCreditNote(CreditAccountId id, String documentId, Money amount,
      LocalDate issuedOn, Map<String, Money> allocations) {
    Map<String, Money> copy = new LinkedHashMap<>(Objects.requireNonNull(allocations, "allocations"));
    return record(id, (l, recorded, at) -> l.recordCreditNote(documentId, amount, issuedOn, copy, recorded, at));
  }

  /** Writes {@code amount} of one open invoice off (see {@link ReceivablesLedger#writeOff}). */
  public Outcome<ReceivablesLedger> writeOff(CreditAccountId id, String documentId, String invoiceId, Money amount,
      LocalDate on) {
    return record(id, (l, recorded, at) -> l.writeOff(documentId, invoiceId, amount, on, recorded, at));
  }

  /**
   * Applies the credit held from payment or credit note {@code creditDocumentId} to the open invoices
   * oldest-first on {@code on}, recorded as document {@code documentId} (see
   * {@link ReceivablesLedger#applyCredit(String, String, LocalDate, Function, Instant)}).
   */
  public Outcome<ReceivablesLedger> applyCredit(CreditAccountId id, String documentId, String creditDocumentId,
      LocalDate on) {
    return record(id, (l, recorded, at) -> l.applyCredit(documentId, creditDocumentId, on, recorded, at));
  }

  /** Applies the credit held from {@code creditDocumentId} to the invoices named in {@code allocations}. */
  public Outcome<ReceivablesLedger> applyCredit(CreditAccountId id, String documentId, String creditDocumentId,
      LocalDate on, Map<String, Money> allocations) {
    Map<String, Money> copy = new LinkedHashMap<>(Objects.requireNonNull(allocations, "allocations"));
    return record(id, (l, recorded, at) -> l.applyCredit(documentId, creditDocumentId, on, copy, recorded, at));
  }

  /** The open invoices of the account's ledger, oldest first, as open items. */
  public List<OpenItem.OpenInvoice> openItems(CreditAccountId id) {
    return storedLedger(id).openItems();
  }

  /**
   * Checks a document against the stored account with the open invoices of its ledger, on the clock's
   * date; writes nothing. To count open orders and deliveries too, pass them with
   * {@link #openItems(CreditAccountId)} to {@link #check(CreditAccountId, CreditDocument, List)}.
   *
   * @throws IllegalArgumentException if the account or its ledger is not stored
   */
  public Outcome<CreditCheckReport> check(CreditAccountId id, CreditDocument document) {
    return check(id, document, openItems(id));
  }

  /**
   * The exposure of one segment from the ledger's open invoices (no orders or deliveries), in the
   * ledger's currency.
   */
  public Exposure exposure(CreditAccountId id, CreditSegment segment) {
    ReceivablesLedger ledger = storedLedger(id);
    return Exposure.of(segment, ledger.currency(), ledger.openItems(), LocalDate.ofInstant(clock.instant(),
        clock.getZone()));
  }

  /** Ages the ledger's open invoices as of {@code asOf} by days past due, the default basis. */
  public AgeingReport ageing(CreditAccountId id, LocalDate asOf, AgeingBuckets buckets) {
    return ageing(id, asOf, buckets, AgeingBasis.DAYS_PAST_DUE);
  }

  /** Ages the ledger's open invoices as of {@code asOf} (see {@link ReceivablesLedger#ageing}). */
  public AgeingReport ageing(CreditAccountId id, LocalDate asOf, AgeingBuckets buckets, AgeingBasis basis) {
    return storedLedger(id).ageing(asOf, buckets, basis);
  }

  /**
   * Countback DSO of the ledger: today's open invoices counted back against the invoiced sales of
   * {@code months} calendar months ending with {@code newestMonth} (sales by issue date, before credit
   * notes). Call it at the end of {@code newestMonth} for the usual month-end figure.
   *
   * @throws IllegalArgumentException if {@code months} is less than 1 or those months' sales do not
   *     cover the open invoices
   * @see DaysSalesOutstanding#countback(Money, Map)
   */
  public BigDecimal dso(CreditAccountId id, YearMonth newestMonth, int months) {
    Objects.requireNonNull(newestMonth, "newestMonth");
    if (months < 1) {
      throw new IllegalArgumentException("months must be >= 1, but was " + months);
    }
    ReceivablesLedger ledger = storedLedger(id);
    YearMonth oldest = newestMonth.minusMonths(months - 1L);
    Map<YearMonth, Money> sales = new LinkedHashMap<>();
    for (YearMonth m = oldest; !m.isAfter(newestMonth); m = m.plusMonths(1)) {
      sales.put(m, Money.zero(ledger.currency()));
    }
    forEachDocument(id, d -> {
      YearMonth month = YearMonth.from(d.date());
      if (d.kind() == ReceivableDocument.Kind.INVOICE && sales.containsKey(month)) {
        sales.put(month, sales.get(month).plus(d.amount()));
      }
    });
    return DaysSalesOutstanding.countback(ledger.openTotal(), sales);
  }

  /**
   * Every payment allocation of the ledger as a paid item (allocated amount, invoice due date, payment
   * date), in document id order. A payment's credit applied later counts as paid on the payment's date,
   * when the money arrived, not on the application's date; credit from credit notes never counts.
   */
  public List<PaidItem> paidItems(CreditAccountId id) {
    storedLedger(id);
    Map<String, LocalDate> paidOn = new LinkedHashMap<>();
    List<ReceivableDocument> paying = new ArrayList<>();
    forEachDocument(id, d -> {
      if (d.kind() == ReceivableDocument.Kind.PAYMENT) {
        paidOn.put(d.documentId(), d.date());
        paying.add(d);
      } else if (d.kind() == ReceivableDocument.Kind.CREDIT_APPLICATION) {
        paying.add(d);
      }
    });
    List<PaidItem> items = new ArrayList<>();
    for (ReceivableDocument d : paying) {
      LocalDate paid = paidOn.get(d.creditDocumentId() == null ? d.documentId() : d.creditDocumentId());
      if (paid != null) {
        d.allocations().forEach(a -> items.add(a.paidOn(paid)));
      }
    }
    return items;
  }

  /**
   * The payment index of the ledger's payments, weighted by the amounts allocated to invoices, directly
   * or by applying a payment's credit later (credit notes, write-offs and unallocated credits do not
   * count); empty when nothing was paid. See {@link #paidItems} for the dates.
   */
  public OptionalDouble paymentIndex(CreditAccountId id, PaymentIndex curve) {
    Objects.requireNonNull(curve, "curve");
    return curve.weighted(paidItems(id));
  }

  /** What one ledger recording does, given the ledger, the recorded documents by id and the instant. */
  @FunctionalInterface
  private interface Recording {
    Outcome<ReceivablesLedger> apply(ReceivablesLedger ledger,
        Function<String, Optional<ReceivableDocument>> recorded, Instant at);
  }

  private Outcome<ReceivablesLedger> record(CreditAccountId id, Recording recording) {
    Objects.requireNonNull(id, "id");
    return UnitOfWork.apply(store, LEDGERS, id, (tx, ledger) -> {
      Repository<ReceivableDocumentId, ReceivableDocument> documents = tx.repository(DOCUMENTS);
      Outcome<ReceivablesLedger> outcome = recording.apply(ledger,
          documentId -> documents.find(ReceivableDocumentId.of(id, documentId)), clock.instant());
      outcome.events(CreditEvent.class).forEach(e -> documents.insert(ReceivableDocument.of(e)));
      return outcome;
    });
  }

  private ReceivablesLedger storedLedger(CreditAccountId id) {
    return ledger(id).orElseThrow(() -> UnitOfWork.unknown(LEDGERS, id));
  }

  /** Hands every stored document of the account's ledger to {@code sink}, a page at a time. */
  private void forEachDocument(CreditAccountId id, Consumer<ReceivableDocument> sink) {
    Repository<ReceivableDocumentId, ReceivableDocument> documents = store.repository(DOCUMENTS);
    String prefix = ReceivableDocumentId.prefix(id);
    ReceivableDocumentId after = ReceivableDocumentId.before(id);
    while (true) {
      List<ReceivableDocument> page = documents.page(after, DOCUMENT_PAGE);
      for (ReceivableDocument d : page) {
        if (!d.id().value().startsWith(prefix)) {
          return;
        }
        if (d.creditAccountId().equals(id)) {
          sink.accept(d);
        }
      }
      if (page.size() < DOCUMENT_PAGE) {
        return;
      }
      after = page.get(page.size() - 1).id();
    }
  }

  private CreditAccount change(CreditAccountId id,
      BiFunction<CreditAccount, Instant, Outcome.Applied<CreditAccount>> change) {
    return UnitOfWork.apply(store, ACCOUNTS, Objects.requireNonNull(id, "id"),
        a -> change.apply(a, clock.instant())).orElseThrow();
  }
}
