package io.crm4j.core.credit;

import io.crm4j.core.internal.Checks;
import io.crm4j.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A document that adds to a customer's credit exposure: an open order, an open delivery (shipped,
 * not yet invoiced) or an open invoice (not yet paid). Amounts are the open values, at least 0.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface OpenItem {

  /** The document number. */
  String documentId();

  /** The credit segment the document belongs to. */
  CreditSegment segment();

  /** The open value. */
  Money amount();

  /**
   * An order not yet delivered.
   *
   * @param deliveryDate the planned delivery date; orders up to the horizon count in the dynamic part
   */
  record OpenOrder(String documentId, CreditSegment segment, Money amount, LocalDate deliveryDate) implements OpenItem {
    public OpenOrder {
      check(documentId, segment, amount);
      Objects.requireNonNull(deliveryDate, "deliveryDate");
    }
  }

  /** A delivery shipped but not yet invoiced. */
  record OpenDelivery(String documentId, CreditSegment segment, Money amount) implements OpenItem {
    public OpenDelivery {
      check(documentId, segment, amount);
    }
  }

  /**
   * An invoice not yet (fully) paid.
   *
   * @param dueDate when payment is due
   * @param dunningLevel how many reminders were sent, at least 0
   */
  record OpenInvoice(String documentId, CreditSegment segment, Money amount, LocalDate dueDate, int dunningLevel)
      implements OpenItem {
    public OpenInvoice {
      check(documentId, segment, amount);
      Objects.requireNonNull(dueDate, "dueDate");
      if (dunningLevel < 0) {
        throw new IllegalArgumentException("dunningLevel must be >= 0, but was " + dunningLevel);
      }
    }

    /** Days past the due date on {@code asOf}; 0 or negative when not yet overdue. */
    public long daysPastDue(LocalDate asOf) {
      Objects.requireNonNull(asOf, "asOf");
      return asOf.toEpochDay() - dueDate.toEpochDay();
    }
  }

  private static void check(String documentId, CreditSegment segment, Money amount) {
    Checks.identifier(documentId, "documentId");
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount of " + documentId + " must be >= 0, but was " + amount);
    }
  }
}
