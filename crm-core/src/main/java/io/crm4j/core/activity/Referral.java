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

  /**
   * A referral with an id generated for its time ({@link ActivityId#generate(Instant)}), the
   * referred customer not yet known and not converted.
   */
  public static Referral of(CustomerId customerId, Instant at) {
    return new Referral(ActivityId.generate(at), customerId, at, null, false);
  }

  /** A referral of a known customer, with an id generated for its time. */
  public static Referral of(CustomerId customerId, Instant at, CustomerId referred, boolean converted) {
    return new Referral(ActivityId.generate(at), customerId, at, Objects.requireNonNull(referred, "referred"),
        converted);
  }

  @Override
  public Referral withCustomerId(CustomerId customerId) {
    return new Referral(id, customerId, at, referred, converted);
  }
}
