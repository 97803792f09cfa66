package io.crm4j.core.credit;

import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/** Events about a credit account and its {@link ReceivablesLedger}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface CreditEvent extends DomainEvent {

  CreditAccountId creditAccountId();

  @Override
  default String aggregateId() {
    return creditAccountId().value();
  }

  /** Which way a utilisation level was crossed. */
  enum Direction { UP, DOWN }

  /** A limit was set or changed for a segment and currency. */
  record LimitSet(CreditAccountId creditAccountId, CreditSegment segment, Money limit, Instant occurredAt)
      implements CreditEvent {
    public LimitSet {
      Objects.requireNonNull(creditAccountId, "creditAccountId");
      Objects.requireNonNull(segment, "segment");
      Objects.requireNonNull(limit, "limit");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /** The account was blocked; every credit check fails until it is unblocked. */
  record Blocked(CreditAccountId creditAccountId, String reason, Instant occurredAt) implements CreditEvent {
    public Blocked {
      Objects.requireNonNull(creditAccountId, "creditAccountId");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /** The account was unblocked. */
  record Unblocked(CreditAccountId creditAccountId, Instant occurredAt) implements CreditEvent {
    public Unblocked {
      Objects.requireNonNull(creditAccountId, "creditAccountId");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * The exposure of a segment crossed a utilisation level.
   *
   * @param levelPercent the level crossed in percentage points, e.g. 80 for 80 % (a plain number so the
   *     event's JSON stays a plain number)
   * @param direction UP when the level is now reached, DOWN when it no longer is
   * @param exposure the exposure recorded
   * @param limit the limit it was compared with
   */
  record UtilisationCrossed(CreditAccountId creditAccountId, CreditSegment segment, BigDecimal levelPercent,
      Direction direction, Money exposure, Money limit, Instant occurredAt) implements CreditEvent {
    public UtilisationCrossed {
      Objects.requireNonNull(creditAccountId, "creditAccountId");
      Objects.requireNonNull(segment, "segment");
      Objects.requireNonNull(levelPercent, "levelPercent");
      Objects.requireNonNull(direction, "direction");
      Objects.requireNonNull(exposure, "exposure");
      Objects.requireNonNull(limit, "limit");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * An invoice was recorded in the receivables ledger.
   *
   * @param documentId the invoice number
   * @param amount the invoiced amount
   */
  record InvoiceRecorded(CreditAccountId creditAccountId, String documentId, CreditSegment segment, Money amount,
      LocalDate issueDate, LocalDate dueDate, Instant occurredAt) implements CreditEvent {
    public InvoiceRecorded {
      Objects.requireNonNull(creditAccountId, "creditAccountId");
      Objects.requireNonNull(documentId, "documentId");
      Objects.requireNonNull(segment, "segment");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(issueDate, "issueDate");
      Objects.requireNonNull(dueDate, "dueDate");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * A payment was recorded in the receivables ledger.
   *
   * @param documentId the payment's document id
   * @param amount the amount received
   * @param paidOn when it was received
   * @param allocations the parts applied to invoices, in the order applied
   * @param unallocated what is left as a credit on the account (0 when fully allocated)
   */
  record PaymentRecorded(CreditAccountId creditAccountId, String documentId, Money amount, LocalDate paidOn,
      List<Allocation> allocations, Money unallocated, Instant occurredAt) implements CreditEvent {
    public PaymentRecorded {
      Objects.requireNonNull(creditAccountId, "creditAccountId");
      Objects.requireNonNull(documentId, "documentId");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(paidOn, "paidOn");
      allocations = List.copyOf(allocations);
      Objects.requireNonNull(unallocated, "unallocated");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * A credit note was recorded in the receivables ledger.
   *
   * @param documentId the credit note's number
   * @param amount the amount credited
   * @param issuedOn its date
   * @param allocations the parts applied to invoices, in the order applied
   * @param unallocated what is left as a credit on the account (0 when fully allocated)
   */
  record CreditNoteRecorded(CreditAccountId creditAccountId, String documentId, Money amount, LocalDate issuedOn,
      List<Allocation> allocations, Money unallocated, Instant occurredAt) implements CreditEvent {
    public CreditNoteRecorded {
      Objects.requireNonNull(creditAccountId, "creditAccountId");
      Objects.requireNonNull(documentId, "documentId");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(issuedOn, "issuedOn");
      allocations = List.copyOf(allocations);
      Objects.requireNonNull(unallocated, "unallocated");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * (Part of) an invoice was written off as uncollectable.
   *
   * @param documentId the write-off's document id
   * @param allocation the invoice and the amount written off
   * @param writtenOffOn its date
   */
  record WrittenOff(CreditAccountId creditAccountId, String documentId, Allocation allocation, LocalDate writtenOffOn,
      Instant occurredAt) implements CreditEvent {
    public WrittenOff {
      Objects.requireNonNull(creditAccountId, "creditAccountId");
      Objects.requireNonNull(documentId, "documentId");
      Objects.requireNonNull(allocation, "allocation");
      Objects.requireNonNull(writtenOffOn, "writtenOffOn");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * (Part of) a credit held on the account (what a payment or credit note left unallocated) was applied
   * to invoices.
   *
   * @param documentId the application's own document id
   * @param creditDocumentId the payment or credit note whose credit was applied
   * @param amount the amount applied, the sum of the allocations
   * @param appliedOn the application's date
   * @param allocations the parts applied to invoices, in the order applied
   * @param remaining what is still left of the credit (0 when it is used up)
   */
  record CreditApplied(CreditAccountId creditAccountId, String documentId, String creditDocumentId, Money amount,
      LocalDate appliedOn, List<Allocation> allocations, Money remaining, Instant occurredAt) implements CreditEvent {
    public CreditApplied {
      Objects.requireNonNull(creditAccountId, "creditAccountId");
      Objects.requireNonNull(documentId, "documentId");
      Objects.requireNonNull(creditDocumentId, "creditDocumentId");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(appliedOn, "appliedOn");
      allocations = List.copyOf(allocations);
      Objects.requireNonNull(remaining, "remaining");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }
}
