package io.crm4j.core.credit;

import io.crm4j.core.credit.ReceivableDocument.Kind;
import io.crm4j.core.internal.Checks;
import io.crm4j.core.money.CurrencyMismatchException;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.outcome.ReasonCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The receivables of one credit account in one currency: its open invoices and the credits it holds
 * (unallocated remainders of payments and credit notes). Invoices, payments, credit notes and
 * write-offs change it; each returns an {@link Outcome} with the new ledger and one {@link CreditEvent}
 * describing the document, from which {@link CreditService} stores a {@link ReceivableDocument} in the
 * same unit of work. A fully settled invoice leaves the ledger (its documents remain), so the ledger
 * holds only what is open.
 *
 * <p>Rules:
 * <ul>
 *   <li>Every amount is in the ledger's currency and more than 0; anything else is bad input and throws
 *       {@link IllegalArgumentException} naming the parameter (not a rejection: converting currencies is
 *       the caller's job, before recording).
 *   <li>Payments and credit notes are allocated oldest-first (by due date, then issue date, then
 *       document id: {@link LedgerInvoice#OLDEST_FIRST}) or explicitly to named invoices. An explicit
 *       allocation to an invoice never recorded is rejected with {@link ReasonCode#UNKNOWN_DOCUMENT},
 *       to a fully settled invoice with {@link ReasonCode#DOCUMENT_SETTLED}; more than an invoice's open
 *       amount, or more in all than the document's amount, with {@link ReasonCode#OVER_ALLOCATION}.
 *       What is not allocated stays on the account as a {@link LedgerCredit}.
 *   <li>A write-off reduces one named invoice by at most its open amount, under the same rejections.
 *   <li>Document ids are unique per account across all kinds. Recording a document id again with the
 *       same kind, date and amount (and for invoices the same segment and due date, for write-offs the
 *       same invoice) is a no-op: an applied outcome without events, so retries are safe. With other
 *       content it is rejected with {@link ReasonCode#DOCUMENT_CONFLICT}.
 * </ul>
 * Operations look recorded documents up through {@code recorded} (document id to document), which the
 * service reads from the store.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the credit account the ledger belongs to (one ledger per account)
 * @param currency the currency of every amount
 * @param invoices the open invoices, oldest first ({@link LedgerInvoice#OLDEST_FIRST})
 * @param credits the unallocated credits, in the order recorded
 * @param version the stored version, 0 before the first write
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ReceivablesLedger(CreditAccountId id, Currency currency, List<LedgerInvoice> invoices,
    List<LedgerCredit> credits, long version) {

  public ReceivablesLedger {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(currency, "currency");
    invoices = invoices.stream().sorted(LedgerInvoice.OLDEST_FIRST).toList();
    credits = List.copyOf(credits);
    Checks.nonNegative(version, "version");
    Set<String> ids = new HashSet<>();
    for (LedgerInvoice i : invoices) {
      sameCurrency(currency, i.amount());
      unique(ids, i.documentId());
    }
    for (LedgerCredit c : credits) {
      sameCurrency(currency, c.remaining());
      unique(ids, c.documentId());
    }
  }

  /** A new, empty ledger, not yet stored (version 0). */
  public static ReceivablesLedger open(CreditAccountId id, Currency currency) {
    return new ReceivablesLedger(id, currency, List.of(), List.of(), 0);
  }

  /** This ledger with another stored version; for stores. */
  public ReceivablesLedger withVersion(long newVersion) {
    return new ReceivablesLedger(id, currency, invoices, credits, newVersion);
  }

  /** The open invoices as open items for {@link Exposure} and {@link CreditCheck}, oldest first. */
  public List<OpenItem.OpenInvoice> openItems() {
    return invoices.stream().map(LedgerInvoice::toOpenItem).toList();
  }

  /** The sum of the open invoices' open amounts (receivables before credits). */
  public Money openTotal() {
    return sum(invoices.stream().map(LedgerInvoice::open).toList());
  }

  /** The sum of the unallocated credits. */
  public Money unallocatedCredit() {
    return sum(credits.stream().map(LedgerCredit::remaining).toList());
  }

  /** The open invoice with this document id, if it is open. */
  public Optional<LedgerInvoice> invoice(String documentId) {
    Objects.requireNonNull(documentId, "documentId");
    return invoices.stream().filter(i -> i.documentId().equals(documentId)).findFirst();
  }

  /**
   * Ages the open invoices as of {@code asOf}, by days past due or by invoice age. Each invoice
   * counts with its open amount today; see {@link AgeingBuckets} for the buckets' bounds.
   */
  public AgeingReport ageing(LocalDate asOf, AgeingBuckets buckets, AgeingBasis basis) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(basis, "basis");
    List<Long> days = invoices.stream()
        .map(i -> basis == AgeingBasis.DAYS_PAST_DUE ? i.daysPastDue(asOf) : i.ageInDays(asOf)).toList();
    return AgeingReport.of(openItems(), days, currency, asOf, buckets);
  }

  /** Records an invoice, open for its whole amount. */
  public Outcome<ReceivablesLedger> recordInvoice(String documentId, CreditSegment segment, Money amount,
      LocalDate issueDate, LocalDate dueDate, Function<String, Optional<ReceivableDocument>> recorded, Instant at) {
    Checks.identifier(documentId, "documentId");
    Objects.requireNonNull(segment, "segment");
    positive(amount, "amount");
    Objects.requireNonNull(issueDate, "issueDate");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(at, "at");
    Optional<Outcome<ReceivablesLedger>> again = again(recorded, documentId, Kind.INVOICE, issueDate, amount, dueDate,
        segment, null);
    if (again.isPresent()) {
      return again.get();
    }
    List<LedgerInvoice> next = new ArrayList<>(invoices);
    next.add(new LedgerInvoice(documentId, segment, issueDate, dueDate, amount, amount));
    return Outcome.applied(new ReceivablesLedger(id, currency, next, credits, version),
        new CreditEvent.InvoiceRecorded(id, documentId, segment, amount, issueDate, dueDate, at));
  }

  /** Records a payment received on {@code paidOn}, allocated oldest-first; a remainder stays as a credit. */
  public Outcome<ReceivablesLedger> recordPayment(String documentId, Money amount, LocalDate paidOn,
      Function<String, Optional<ReceivableDocument>> recorded, Instant at) {
    return receive(Kind.PAYMENT, documentId, amount, paidOn, null, recorded, at);
  }

  /**
   * Records a payment allocated explicitly: {@code allocations} maps invoice ids to amounts (an
   * empty map leaves the whole payment as a credit); a remainder stays as a credit.
   */
  public Outcome<ReceivablesLedger> recordPayment(String documentId, Money amount, LocalDate paidOn,
      Map<String, Money> allocations, Function<String, Optional<ReceivableDocument>> recorded, Instant at) {
    return receive(Kind.PAYMENT, documentId, amount, paidOn, Objects.requireNonNull(allocations, "allocations"),
        recorded, at);
  }

  /** Records a credit note issued on {@code issuedOn}, allocated oldest-first; a remainder stays as a credit. */
  public Outcome<ReceivablesLedger> recordCreditNote(String documentId, Money amount, LocalDate issuedOn,
      Function<String, Optional<ReceivableDocument>> recorded, Instant at) {
    return receive(Kind.CREDIT_NOTE, documentId, amount, issuedOn, null, recorded, at);
  }

  /** Records a credit note allocated explicitly, like {@link #recordPayment(String, Money, LocalDate, Map, Function, Instant)}. */
  public Outcome<ReceivablesLedger> recordCreditNote(String documentId, Money amount, LocalDate issuedOn,
      Map<String, Money> allocations, Function<String, Optional<ReceivableDocument>> recorded, Instant at) {
    return receive(Kind.CREDIT_NOTE, documentId, amount, issuedOn, Objects.requireNonNull(allocations, "allocations"),
        recorded, at);
  }

  /** Writes {@code amount} of one open invoice off as uncollectable. */
  public Outcome<ReceivablesLedger> writeOff(String documentId, String invoiceId, Money amount, LocalDate on,
      Function<String, Optional<ReceivableDocument>> recorded, Instant at) {
    Checks.identifier(documentId, "documentId");
    Checks.identifier(invoiceId, "invoiceId");
    positive(amount, "amount");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(at, "at");
    Optional<Outcome<ReceivablesLedger>> again = again(recorded, documentId, Kind.WRITE_OFF, on, amount, null, null,
        invoiceId);
    if (again.isPresent()) {
      return again.get();
    }
    Optional<Outcome<ReceivablesLedger>> refused = refuse(invoiceId, amount, recorded);
    if (refused.isPresent()) {
      return refused.get();
    }
    Allocation allocation = new Allocation(invoiceId, invoice(invoiceId).orElseThrow().dueDate(), amount);
    return Outcome.applied(new ReceivablesLedger(id, currency, settle(List.of(allocation)), credits, version),
        new CreditEvent.WrittenOff(id, documentId, allocation, on, at));
  }

  private Outcome<ReceivablesLedger> receive(Kind kind, String documentId, Money amount, LocalDate date,
      @Nullable Map<String, Money> explicit, Function<String, Optional<ReceivableDocument>> recorded, Instant at) {
    Checks.identifier(documentId, "documentId");
    positive(amount, "amount");
    Objects.requireNonNull(date, kind == Kind.PAYMENT ? "paidOn" : "issuedOn");
    Objects.requireNonNull(recorded, "recorded");
    Objects.requireNonNull(at, "at");
    if (explicit != null) {
      for (Map.Entry<String, Money> e : explicit.entrySet()) {
        Checks.identifier(e.getKey(), "allocations key");
        positive(e.getValue(), "allocations[" + e.getKey() + "]");
      }
    }
    Optional<Outcome<ReceivablesLedger>> again = again(recorded, documentId, kind, date, amount, null, null, null);
    if (again.isPresent()) {
      return again.get();
    }
    List<Allocation> allocations = new ArrayList<>();
    Money left = amount;
    if (explicit == null) {
      for (LedgerInvoice i : invoices) {
        if (!left.isPositive()) {
          break;
        }
        Money part = left.isLessThan(i.open()) ? left : i.open();
        allocations.add(new Allocation(i.documentId(), i.dueDate(), part));
        left = left.minus(part);
      }
    } else {
      for (Map.Entry<String, Money> e : explicit.entrySet()) {
        Optional<Outcome<ReceivablesLedger>> refused = refuse(e.getKey(), e.getValue(), recorded);
        if (refused.isPresent()) {
          return refused.get();
        }
        left = left.minus(e.getValue());
      }
      if (left.isNegative()) {
        return Outcome.rejected(ReasonCode.OVER_ALLOCATION, "allocations of " + documentId + " total "
            + amount.minus(left) + ", more than its amount " + amount);
      }
      for (LedgerInvoice i : invoices) {
        if (explicit.containsKey(i.documentId())) {
          allocations.add(new Allocation(i.documentId(), i.dueDate(), explicit.get(i.documentId())));
        }
      }
    }
    List<LedgerCredit> nextCredits = new ArrayList<>(credits);
    if (left.isPositive()) {
      nextCredits.add(new LedgerCredit(documentId, date, left));
    }
    ReceivablesLedger next = new ReceivablesLedger(id, currency, settle(allocations), nextCredits, version);
    CreditEvent event = kind == Kind.PAYMENT
        ? new CreditEvent.PaymentRecorded(id, documentId, amount, date, allocations, left, at)
        : new CreditEvent.CreditNoteRecorded(id, documentId, amount, date, allocations, left, at);
    return Outcome.applied(next, event);
  }

  /** The rejection of applying {@code amount} to {@code invoiceId}, if it cannot be applied. */
  private Optional<Outcome<ReceivablesLedger>> refuse(String invoiceId, Money amount,
      Function<String, Optional<ReceivableDocument>> recorded) {
    Optional<LedgerInvoice> open = invoice(invoiceId);
    if (open.isEmpty()) {
      boolean settled = recorded.apply(invoiceId).filter(d -> d.kind() == Kind.INVOICE).isPresent();
      return Optional.of(settled
          ? Outcome.rejected(ReasonCode.DOCUMENT_SETTLED, "invoice " + invoiceId + " is fully settled")
          : Outcome.rejected(ReasonCode.UNKNOWN_DOCUMENT, "invoice " + invoiceId + " is not recorded in ledger " + id));
    }
    if (amount.isGreaterThan(open.get().open())) {
      return Optional.of(Outcome.rejected(ReasonCode.OVER_ALLOCATION, amount + " for invoice " + invoiceId
          + " exceeds its open amount " + open.get().open()));
    }
    return Optional.empty();
  }

  /** The outcome of recording {@code documentId} again, if it is recorded already. */
  private Optional<Outcome<ReceivablesLedger>> again(Function<String, Optional<ReceivableDocument>> recorded,
      String documentId, Kind kind, LocalDate date, Money amount, @Nullable LocalDate dueDate,
      @Nullable CreditSegment segment, @Nullable String invoiceId) {
    Optional<ReceivableDocument> before = Objects.requireNonNull(recorded, "recorded").apply(documentId);
    if (before.isPresent() && before.get().sameRequest(kind, date, amount, dueDate, segment, invoiceId)) {
      return Optional.of(Outcome.applied(this));
    }
    boolean held = invoice(documentId).isPresent() || credits.stream().anyMatch(c -> c.documentId().equals(documentId));
    if (before.isPresent() || held) {
      return Optional.of(Outcome.rejected(ReasonCode.DOCUMENT_CONFLICT, "document " + documentId
          + " is recorded already" + before.map(d -> " as " + d.kind() + " of " + d.amount() + " on " + d.date())
          .orElse("") + "; it cannot be recorded again as " + kind + " of " + amount + " on " + date));
    }
    return Optional.empty();
  }

  /** The open invoices after the allocations; an invoice settled to 0 leaves. */
  private List<LedgerInvoice> settle(List<Allocation> allocations) {
    List<LedgerInvoice> next = new ArrayList<>();
    for (LedgerInvoice i : invoices) {
      Money open = i.open();
      for (Allocation a : allocations) {
        if (a.invoiceId().equals(i.documentId())) {
          open = open.minus(a.amount());
        }
      }
      if (open.isPositive()) {
        next.add(new LedgerInvoice(i.documentId(), i.segment(), i.issueDate(), i.dueDate(), i.amount(), open));
      }
    }
    return next;
  }

  private void positive(Money amount, String name) {
    Objects.requireNonNull(amount, name);
    if (!amount.currency().equals(currency)) {
      throw new IllegalArgumentException(name + " must be in the ledger's currency " + currency.getCurrencyCode()
          + ", but was " + amount);
    }
    if (!amount.isPositive()) {
      throw new IllegalArgumentException(name + " must be > 0, but was " + amount);
    }
  }

  private Money sum(List<Money> amounts) {
    Money total = Money.zero(currency);
    for (Money m : amounts) {
      total = total.plus(m);
    }
    return total;
  }

  private static void sameCurrency(Currency currency, Money amount) {
    if (!amount.currency().equals(currency)) {
      throw new CurrencyMismatchException(currency, amount.currency());
    }
  }

  private static void unique(Set<String> ids, String documentId) {
    if (!ids.add(documentId)) {
      throw new IllegalArgumentException("invoices and credits must have distinct document ids, but " + documentId
          + " repeats");
    }
  }

  /** Safe to log: the id, currency, version, and how many invoices and credits are open. */
  @Override
  public String toString() {
    return "ReceivablesLedger[id=" + id + ", currency=" + currency + ", version=" + version + ", openInvoices="
        + invoices.size() + ", credits=" + credits.size() + "]";
  }
}
