package io.crm4j.core.credit;

import io.crm4j.core.internal.Checks;
import io.crm4j.core.money.Money;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One document recorded in a {@link ReceivablesLedger}, kept as it was recorded: an invoice, a
 * payment or credit note with its allocations, a write-off, or the application of a credit held on
 * the account to invoices. Each is stored on its own (described by
 * {@link CreditStorage#DOCUMENTS}), so the ledger itself holds only what is open and stays small
 * however long the account's history grows; the documents are the history behind DSO and the payment
 * index, and they make recording idempotent by document id.
 *
 * <p>Immutable and thread-safe.
 *
 * @param creditAccountId the account
 * @param documentId the document id, unique among the account's documents of every kind
 * @param kind what the document is
 * @param date issue date (invoice, credit note), payment date, write-off date or application date
 * @param dueDate an invoice's due date; null for the other kinds
 * @param segment an invoice's credit segment; null for the other kinds
 * @param amount the document's amount, more than 0
 * @param allocations what it was applied to (empty for an invoice, exactly one for a write-off, at least
 *     one and totalling the amount for a credit application)
 * @param creditDocumentId for a credit application, the payment or credit note whose credit it applied;
 *     null for the other kinds
 * @param version the stored version, 0 before the first write
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ReceivableDocument(CreditAccountId creditAccountId, String documentId, Kind kind, LocalDate date,
    @Nullable LocalDate dueDate, @Nullable CreditSegment segment, Money amount, List<Allocation> allocations,
    @Nullable String creditDocumentId, long version) {

  /** The kinds of ledger document. */
  public enum Kind { INVOICE, PAYMENT, CREDIT_NOTE, WRITE_OFF, CREDIT_APPLICATION }

  public ReceivableDocument {
    Objects.requireNonNull(creditAccountId, "creditAccountId");
    Checks.identifier(documentId, "documentId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(amount, "amount");
    allocations = List.copyOf(allocations);
    Checks.nonNegative(version, "version");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("amount of " + documentId + " must be > 0, but was " + amount);
    }
    boolean invoice = kind == Kind.INVOICE;
    if (invoice != (dueDate != null) || invoice != (segment != null)) {
      throw new IllegalArgumentException("dueDate and segment must be set exactly for an invoice, but " + documentId
          + " is a " + kind + " with dueDate " + dueDate + " and segment " + segment);
    }
    Money allocated = Money.zero(amount.currency());
    for (Allocation a : allocations) {
      allocated = allocated.plus(a.amount());
    }
    boolean application = kind == Kind.CREDIT_APPLICATION;
    if (application != (creditDocumentId != null)) {
      throw new IllegalArgumentException("creditDocumentId must be set exactly for a credit application, but "
          + documentId + " is a " + kind + " with creditDocumentId " + creditDocumentId);
    }
    if (creditDocumentId != null) {
      Checks.identifier(creditDocumentId, "creditDocumentId");
    }
    if (allocated.isGreaterThan(amount) || (kind == Kind.WRITE_OFF && allocations.size() != 1)
        || (invoice && !allocations.isEmpty()) || (application && !allocated.equals(amount))) {
      throw new IllegalArgumentException("allocations of " + kind + " " + documentId
          + " must fit its kind and total " + (application ? "exactly " : "at most ") + amount + ", but were "
          + allocations);
    }
  }

  /** A document that applies no credit (every kind but {@link Kind#CREDIT_APPLICATION}). */
  public ReceivableDocument(CreditAccountId creditAccountId, String documentId, Kind kind, LocalDate date,
      @Nullable LocalDate dueDate, @Nullable CreditSegment segment, Money amount, List<Allocation> allocations,
      long version) {
    this(creditAccountId, documentId, kind, date, dueDate, segment, amount, allocations, null, version);
  }

  /** The document as it is recorded from one of the ledger's events. */
  static ReceivableDocument of(CreditEvent event) {
    if (event instanceof CreditEvent.InvoiceRecorded i) {
      return new ReceivableDocument(i.creditAccountId(), i.documentId(), Kind.INVOICE, i.issueDate(), i.dueDate(),
          i.segment(), i.amount(), List.of(), 0);
    } else if (event instanceof CreditEvent.PaymentRecorded p) {
      return new ReceivableDocument(p.creditAccountId(), p.documentId(), Kind.PAYMENT, p.paidOn(), null, null,
          p.amount(), p.allocations(), 0);
    } else if (event instanceof CreditEvent.CreditNoteRecorded c) {
      return new ReceivableDocument(c.creditAccountId(), c.documentId(), Kind.CREDIT_NOTE, c.issuedOn(), null, null,
          c.amount(), c.allocations(), 0);
    } else if (event instanceof CreditEvent.WrittenOff w) {
      return new ReceivableDocument(w.creditAccountId(), w.documentId(), Kind.WRITE_OFF, w.writtenOffOn(), null, null,
          w.allocation().amount(), List.of(w.allocation()), 0);
    } else if (event instanceof CreditEvent.CreditApplied a) {
      return new ReceivableDocument(a.creditAccountId(), a.documentId(), Kind.CREDIT_APPLICATION, a.appliedOn(), null,
          null, a.amount(), a.allocations(), a.creditDocumentId(), 0);
    }
    throw new IllegalArgumentException("event must record a ledger document, but was " + event.type());
  }

  /** The document's store id. */
  public ReceivableDocumentId id() {
    return ReceivableDocumentId.of(creditAccountId, documentId);
  }

  /** This document with another stored version; for stores. */
  public ReceivableDocument withVersion(long newVersion) {
    return new ReceivableDocument(creditAccountId, documentId, kind, date, dueDate, segment, amount, allocations,
        creditDocumentId, newVersion);
  }

  /**
   * Whether a request to record this document again asks for the same thing: same kind, date,
   * amount, and for an invoice the same segment and due date, for a write-off the same invoice.
   * Allocations are not compared: oldest-first allocation depends on what was open at the time.
   */
  boolean sameRequest(Kind otherKind, LocalDate otherDate, Money otherAmount, @Nullable LocalDate otherDueDate,
      @Nullable CreditSegment otherSegment, @Nullable String writtenOffInvoice) {
    return kind == otherKind && date.equals(otherDate) && amount.equals(otherAmount)
        && Objects.equals(dueDate, otherDueDate) && Objects.equals(segment, otherSegment)
        && (writtenOffInvoice == null || allocations.get(0).invoiceId().equals(writtenOffInvoice));
  }

  /**
   * Whether a request to apply credit again under this document's id asks for the same thing: a credit
   * application on the same date of the same credit, and when the request named its allocations
   * ({@code explicit} not null), the same amounts for the same invoices. An oldest-first request's
   * allocations are not compared: they depend on what was open at the time.
   */
  boolean sameApplication(LocalDate otherDate, String otherCreditDocumentId, @Nullable Map<String, Money> explicit) {
    if (kind != Kind.CREDIT_APPLICATION || !date.equals(otherDate) || !otherCreditDocumentId.equals(creditDocumentId)) {
      return false;
    }
    if (explicit == null) {
      return true;
    }
    Map<String, Money> applied = new HashMap<>();
    allocations.forEach(a -> applied.put(a.invoiceId(), a.amount()));
    return applied.equals(explicit);
  }

  /** Safe to log: ids, kind, date, amount, the number of allocations and an applied credit's document id. */
  @Override
  public String toString() {
    return "ReceivableDocument[id=" + id() + ", kind=" + kind + ", date=" + date + ", amount=" + amount
        + ", allocations=" + allocations.size() + (creditDocumentId == null ? "" : ", credit=" + creditDocumentId)
        + ", version=" + version + "]";
  }
}
