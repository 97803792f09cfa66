package io.crm4j.core.credit;

import io.crm4j.core.internal.Checks;
import io.crm4j.core.money.CurrencyMismatchException;
import io.crm4j.core.money.Money;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An invoice of a {@link ReceivablesLedger} that is not yet fully settled. Immutable and thread-safe.
 *
 * @param documentId the invoice number
 * @param segment the credit segment it belongs to
 * @param issueDate when it was issued
 * @param dueDate when payment is due, on or after the issue date
 * @param amount the invoiced amount, more than 0
 * @param open what is still open after payments, credit notes and write-offs: more than 0 and at
 *     most {@code amount}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LedgerInvoice(String documentId, CreditSegment segment, LocalDate issueDate, LocalDate dueDate,
    Money amount, Money open) {

  /** The order of oldest-first allocation: by due date, then issue date, then document id. */
  public static final Comparator<LedgerInvoice> OLDEST_FIRST = Comparator.comparing(LedgerInvoice::dueDate)
      .thenComparing(LedgerInvoice::issueDate).thenComparing(LedgerInvoice::documentId);

  public LedgerInvoice {
    Checks.identifier(documentId, "documentId");
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(issueDate, "issueDate");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(open, "open");
    if (dueDate.isBefore(issueDate)) {
      throw new IllegalArgumentException("dueDate of " + documentId + " must be on or after issueDate " + issueDate
          + ", but was " + dueDate);
    }
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("amount of " + documentId + " must be > 0, but was " + amount);
    }
    if (!open.currency().equals(amount.currency())) {
      throw new CurrencyMismatchException(amount.currency(), open.currency());
    }
    if (!open.isPositive() || open.isGreaterThan(amount)) {
      throw new IllegalArgumentException("open of " + documentId + " must be in (0, " + amount + "], but was " + open);
    }
  }

  /** This invoice as an open item for exposure and credit checks (dunning level 0). */
  public OpenItem.OpenInvoice toOpenItem() {
    return new OpenItem.OpenInvoice(documentId, segment, open, dueDate, 0);
  }

  /** Days from the issue date to {@code asOf}; 0 on the issue date, negative before it. */
  public long ageInDays(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return asOf.toEpochDay() - issueDate.toEpochDay();
  }

  /** Days past the due date on {@code asOf}; 0 or negative when not yet overdue. */
  public long daysPastDue(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return asOf.toEpochDay() - dueDate.toEpochDay();
  }
}
