package io.crm4j.core.activity;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A purchase: the customer bought for {@code amount} at {@code at}.
 *
 * @param id the log entry's id
 * @param customerId the buyer
 * @param at when the purchase happened
 * @param amount what was spent, zero or more
 * @param orderReference the caller's order number, if any
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Purchase(ActivityId id, CustomerId customerId, Instant at, Money amount, @Nullable String orderReference)
    implements Activity {

  public Purchase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount must be >= 0, but was " + amount);
    }
  }

  /** A purchase with an id generated for its time ({@link ActivityId#generate(Instant)}) and no order reference. */
  public static Purchase of(CustomerId customerId, Instant at, Money amount) {
    return new Purchase(ActivityId.generate(at), customerId, at, amount, null);
  }

  @Override
  public Purchase withCustomerId(CustomerId customerId) {
    return new Purchase(id, customerId, at, amount, orderReference);
  }
}
