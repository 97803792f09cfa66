package io.crm4j.core.activity;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A return or refund: {@code amount} of an earlier purchase went back to the customer. Programmes
 * reverse what the purchase earned for the refunded part (points, cumulative spend, tier spend);
 * see {@code io.crm4j.core.programme.ActivityRecorder}.
 *
 * @param id the log entry's id
 * @param customerId the customer refunded, the buyer of the purchase
 * @param at when the goods came back or the money was refunded
 * @param amount the amount refunded, more than zero, in the purchase's currency
 * @param purchaseId the purchase this refund takes back (in part or whole)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Refund(ActivityId id, CustomerId customerId, Instant at, Money amount, ActivityId purchaseId)
    implements Activity {

  public Refund {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(purchaseId, "purchaseId");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("amount must be > 0, but was " + amount);
    }
    if (purchaseId.equals(id)) {
      throw new IllegalArgumentException("purchaseId must name another entry than the refund itself, but both were "
          + id);
    }
  }

  /** A refund of {@code amount} of {@code purchase}, with an id generated for its time ({@link ActivityId#generate(Instant)}). */
  public static Refund of(Purchase purchase, Instant at, Money amount) {
    Objects.requireNonNull(purchase, "purchase");
    return new Refund(ActivityId.generate(at), purchase.customerId(), at, amount, purchase.id());
  }

  @Override
  public Refund withCustomerId(CustomerId customerId) {
    return new Refund(id, customerId, at, amount, purchaseId);
  }
}
