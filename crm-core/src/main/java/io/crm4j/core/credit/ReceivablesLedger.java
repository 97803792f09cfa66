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
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The receivables of one credit account in one currency: its open invoices and the credits it holds
 * (unallocated remainders of payments and credit notes). Invoices, payments, credit notes,
 * write-offs and applications of credits change it; each returns an {@link Outcome} with the new ledger and one {@link CreditEvent}
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
 *   <li>A credit application applies (part of) one held credit to open invoices, oldest-first (as much
 *       as the credit and the open invoices allow) or explicitly, under the same rejections; naming a
 *       credit the ledger never held is rejected with {@link ReasonCode#UNKNOWN_DOCUMENT}, one that is
 *       used up with {@link ReasonCode#DOCUMENT_SETTLED}, an application dated before the credit with
 *       {@link ReasonCode#OUT_OF_ORDER}, and one that would apply nothing (no open invoice, or no
 *       allocations named) with {@link ReasonCode#NO_CHANGE}.
 *   <li>Document ids are unique per account across all kinds. Recording a document id again with the
 *       same kind, date and amount (and for invoices the same segment and due date, for write-offs the
 *       same invoice; for a credit application the same date and credit, and when its allocations are
 *       named, the same allocations) is a no-op: an applied outcome without events, so retries are safe. With other
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

  /** The credit held from this payment or credit note, if some of it is left. */
  public Optional<LedgerCredit> credit(String documentId) {
    Objects.requireNonNull(documentId, "documentId");
    return credits.stream().filter(c -> c.documentId().equals(documentId)).findFirst();
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
    Optional<Outcome<ReceivablesLedger>> again = again(recorded, documentId,
        d -> d.sameRequest(Kind.INVOICE, issueDate, amount, dueDate, segment, null), request(Kind.INVOICE, amount,
        issueDate));
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
    Optional<Outcome<ReceivablesLedger>> again = again(recorded, documentId,
        d -> d.sameRequest(Kind.WRITE_OFF, on, amount, null, null, invoiceId), request(Kind.WRITE_OFF, amount, on));
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

  /**
   * Applies the credit held from payment or credit note {@code creditDocumentId} to the open invoices
   * oldest-first, on {@code on}, as far as the credit and the open invoices go; what is left stays with
   * the credit. The application is recorded as document {@code documentId}.
   */
  public Outcome<ReceivablesLedger> applyCredit(String documentId, String creditDocumentId, LocalDate on,
      Function<String, Optional<ReceivableDocument>> recorded, Instant at) {
    return applyHeld(documentId, creditDocumentId, on, null, recorded, at);
  }

  /**
   * Applies the credit held from {@code creditDocumentId} explicitly: {@code allocations} maps invoice
   * ids to amounts, in all at most what is left of the credit; the rest stays with the credit.
   */
  public Outcome<ReceivablesLedger> applyCredit(String documentId, String creditDocumentId, LocalDate on,
      Map<String, Money> allocations, Function<String, Optional<ReceivableDocument>> recorded, Instant at) {
    return applyHeld(documentId, creditDocumentId, on, Objects.requireNonNull(allocations, "allocations"), recorded, at);
  }

  private Outcome<ReceivablesLedger> applyHeld(String documentId, String creditDocumentId, LocalDate on,
      @Nullable Map<String, Money> explicit, Function<String, Optional<ReceivableDocument>> recorded, Instant at) {
    Checks.identifier(documentId, "documentId");
    Checks.identifier(creditDocumentId, "creditDocumentId");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(at, "at");
    checkAllocations(explicit);
    Optional<Outcome<ReceivablesLedger>> again = again(recorded, documentId,
        d -> d.sameApplication(on, creditDocumentId, explicit), request(Kind.CREDIT_APPLICATION, creditDocumentId, on));
    if (again.isPresent()) {
      return again.get();
    }
    Optional<LedgerCredit> held = credit(creditDocumentId);
    if (held.isEmpty()) {
      Optional<Kind> kind = recorded.apply(creditDocumentId).map(ReceivableDocument::kind);
      return kind.isPresent() && (kind.get() == Kind.PAYMENT || kind.get() == Kind.CREDIT_NOTE)
          ? Outcome.rejected(ReasonCode.DOCUMENT_SETTLED, "the credit of " + creditDocumentId + " is used up")
          : Outcome.rejected(ReasonCode.UNKNOWN_DOCUMENT, kind.map(k -> creditDocumentId + " is recorded in ledger "
              + id + " as " + k + ", not as a payment or credit note").orElse("credit " + creditDocumentId
              + " is not recorded in ledger " + id));
    }
    LedgerCredit credit = held.get();
    if (on.isBefore(credit.date())) {
      return Outcome.rejected(ReasonCode.OUT_OF_ORDER, "credit " + creditDocumentId + " of " + credit.date()
          + " cannot be applied on " + on + ", before it was received");
    }
    Outcome<List<Allocation>> allocated = allocate(credit.remaining(), "the credit left on " + creditDocumentId,
        explicit, documentId, recorded);
    if (allocated instanceof Outcome.Rejected<List<Allocation>> r) {
      return r.cast();
    }
    List<Allocation> allocations = allocated.orElseThrow();
    if (allocations.isEmpty()) {
      return Outcome.rejected(ReasonCode.NO_CHANGE, "credit " + creditDocumentId + " has nothing to apply to: "
          + (explicit == null ? "ledger " + id + " has no open invoice" : "no allocations are named"));
    }
    Money applied = total(allocations);
    Money left = credit.remaining().minus(applied);
    List<LedgerCredit> nextCredits = new ArrayList<>();
    for (LedgerCredit c : credits) {
      if (!c.documentId().equals(creditDocumentId)) {
        nextCredits.add(c);
      } else if (left.isPositive()) {
        nextCredits.add(new LedgerCredit(c.documentId(), c.date(), left));
      }
    }
    return Outcome.applied(new ReceivablesLedger(id, currency, settle(allocations), nextCredits, version),
        new CreditEvent.CreditApplied(id, documentId, creditDocumentId, applied, on, allocations, left, at));
  }

  private Outcome<ReceivablesLedger> receive(Kind kind, String documentId, Money amount, LocalDate date,
      @Nullable Map<String, Money> explicit, Function<String, Optional<ReceivableDocument>> recorded, Instant at) {
    Checks.identifier(documentId, "documentId");
    positive(amount, "amount");
    Objects.requireNonNull(date, kind == Kind.PAYMENT ? "paidOn" : "issuedOn");
    Objects.requireNonNull(recorded, "recorded");
    Objects.requireNonNull(at, "at");
    checkAllocations(explicit);
    Optional<Outcome<ReceivablesLedger>> again = again(recorded, documentId,
        d -> d.sameRequest(kind, date, amount, null, null, null), request(kind, amount, date));
    if (again.isPresent()) {
      return again.get();
    }
    Outcome<List<Allocation>> allocated = allocate(amount, "its amount", explicit, documentId, recorded);
    if (allocated instanceof Outcome.Rejected<List<Allocation>> r) {
      return r.cast();
    }
    List<Allocation> allocations = allocated.orElseThrow();
    Money left = amount.minus(total(allocations));
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
  private <T> Optional<Outcome<T>> refuse(String invoiceId, Money amount,
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

  /**
   * Allocates up to {@code amount} oldest-first, or as {@code explicit} names it (rejected when it names
   * an invoice that is not open, more than an invoice's open amount, or more than {@code amount} in all,
   * which the rejection calls {@code amountName}).
   */
  private Outcome<List<Allocation>> allocate(Money amount, String amountName, @Nullable Map<String, Money> explicit,
      String documentId, Function<String, Optional<ReceivableDocument>> recorded) {
    List<Allocation> allocations = new ArrayList<>();
    if (explicit == null) {
      Money left = amount;
      for (LedgerInvoice i : invoices) {
        if (!left.isPositive()) {
          break;
        }
        Money part = left.isLessThan(i.open()) ? left : i.open();
        allocations.add(new Allocation(i.documentId(), i.dueDate(), part));
        left = left.minus(part);
      }
      return Outcome.applied(allocations);
    }
    Money named = Money.zero(currency);
    for (Map.Entry<String, Money> e : explicit.entrySet()) {
      Optional<Outcome<List<Allocation>>> refused = refuse(e.getKey(), e.getValue(), recorded);
      if (refused.isPresent()) {
        return refused.get();
      }
      named = named.plus(e.getValue());
    }
    if (named.isGreaterThan(amount)) {
      return Outcome.rejected(ReasonCode.OVER_ALLOCATION, "allocations of " + documentId + " total " + named
          + ", more than " + amountName + " " + amount);
    }
    for (LedgerInvoice i : invoices) {
      if (explicit.containsKey(i.documentId())) {
        allocations.add(new Allocation(i.documentId(), i.dueDate(), explicit.get(i.documentId())));
      }
    }
    return Outcome.applied(allocations);
  }

  /** How a rejected repeat describes the request, e.g. "PAYMENT of EUR 10.00 on 2026-10-01". */
  private static String request(Kind kind, Object what, LocalDate date) {
    return kind + " of " + what + " on " + date;
  }

  /**
   * The outcome of recording {@code documentId} again, if it is recorded already: a no-op when the
   * recorded document answers {@code same} (the same request), else a conflict.
   */
  private Optional<Outcome<ReceivablesLedger>> again(Function<String, Optional<ReceivableDocument>> recorded,
      String documentId, Predicate<ReceivableDocument> same, String request) {
    Optional<ReceivableDocument> before = Objects.requireNonNull(recorded, "recorded").apply(documentId);
    if (before.isPresent() && same.test(before.get())) {
      return Optional.of(Outcome.applied(this));
    }
    boolean held = invoice(documentId).isPresent() || credit(documentId).isPresent();
    if (before.isPresent() || held) {
      return Optional.of(Outcome.rejected(ReasonCode.DOCUMENT_CONFLICT, "document " + documentId
          + " is recorded already" + before.map(d -> " as " + d.kind() + " of " + d.amount() + " on " + d.date())
          .orElse("") + "; it cannot be recorded again as " + request));
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

  private void checkAllocations(@Nullable Map<String, Money> explicit) {
    if (explicit != null) {
      for (Map.Entry<String, Money> e : explicit.entrySet()) {
        Checks.identifier(e.getKey(), "allocations key");
        positive(e.getValue(), "allocations[" + e.getKey() + "]");
      }
    }
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

  private Money total(List<Allocation> allocations) {
    return sum(allocations.stream().map(Allocation::amount).toList());
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
