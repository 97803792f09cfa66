package io.crm4j.core.credit;

import io.crm4j.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A paid invoice for the payment index. Immutable and thread-safe.
 *
 * @param amount the amount paid, at least 0 (the index weight)
 * @param dueDate when payment was due
 * @param paidDate when it was paid
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PaidItem(Money amount, LocalDate dueDate, LocalDate paidDate) {

  public PaidItem {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(paidDate, "paidDate");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount must be >= 0, but was " + amount);
    }
  }

  /** Days paid after the due date; negative when paid early. */
  public long daysBeyondTerms() {
    return paidDate.toEpochDay() - dueDate.toEpochDay();
  }
}
