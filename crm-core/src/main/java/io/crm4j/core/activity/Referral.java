package io.crm4j.core.activity;

import io.crm4j.core.customer.CustomerId;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A referral: the customer recommended the company to someone else.
 *
 * @param id the log entry's id
 * @param customerId the referrer
 * @param at when the referral was made
 * @param referred the referred customer once known, if any
 * @param converted whether the referral led to a purchase
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Referral(ActivityId id, CustomerId customerId, Instant at, @Nullable CustomerId referred,
    boolean converted) implements Activity {

  public Referral {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(at, "at");
    if (customerId.equals(referred)) {
      throw new IllegalArgumentException("referred must differ from the referrer, but both were " + customerId);
    }
  }

  @Override
  public Referral withCustomerId(CustomerId customerId) {
    return new Referral(id, customerId, at, referred, converted);
  }
}
