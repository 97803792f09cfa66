package io.crm4j.core.credit;

import io.crm4j.core.internal.Checks;
import io.crm4j.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A part of a payment, credit note or write-off applied to one invoice of a
 * {@link ReceivablesLedger}. Immutable and thread-safe.
 *
 * @param invoiceId the invoice's document id
 * @param dueDate the invoice's due date (kept so that a payment's allocations give the
 *     {@link PaidItem}s of the payment index without reading the invoice)
 * @param amount the amount applied, more than 0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Allocation(String invoiceId, LocalDate dueDate, Money amount) {

  public Allocation {
    Checks.identifier(invoiceId, "invoiceId");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(amount, "amount");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("amount allocated to " + invoiceId + " must be > 0, but was " + amount);
    }
  }

  /** This allocation as a paid item of the payment index, paid on {@code paidOn}. */
  public PaidItem paidOn(LocalDate paidOn) {
    return new PaidItem(amount, dueDate, Objects.requireNonNull(paidOn, "paidOn"));
  }
}
