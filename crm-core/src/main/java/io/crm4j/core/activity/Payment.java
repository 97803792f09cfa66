package io.crm4j.core.activity;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A payment received from a customer.
 *
 * @param id the log entry's id
 * @param customerId the payer
 * @param at when the payment was received
 * @param amount the amount paid, more than zero
 * @param invoiceReference the invoice it settles, if known
 * @param dueDate when the settled invoice was due, if known (for payment behaviour)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Payment(ActivityId id, CustomerId customerId, Instant at, Money amount,
    @Nullable String invoiceReference, @Nullable LocalDate dueDate) implements Activity {

  public Payment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(amount, "amount");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("amount must be > 0, but was " + amount);
    }
  }

  /** A payment with an id generated for its time ({@link ActivityId#generate(Instant)}) and no invoice. */
  public static Payment of(CustomerId customerId, Instant at, Money amount) {
    return new Payment(ActivityId.generate(at), customerId, at, amount, null, null);
  }

  @Override
  public Payment withCustomerId(CustomerId customerId) {
    return new Payment(id, customerId, at, amount, invoiceReference, dueDate);
  }
}
