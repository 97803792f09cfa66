package io.crm4j.core.activity;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.outcome.Outcome;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A touchpoint between the company and a customer.
 *
 * @param id the log entry's id
 * @param customerId the customer
 * @param at when it happened
 * @param channel where it happened
 * @param direction who started it
 * @param outcome how it ended
 * @param subject a short business subject (not personal data), if any
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Interaction(ActivityId id, CustomerId customerId, Instant at, Channel channel,
    Direction direction, Outcome outcome, @Nullable String subject) implements Activity {

  /** Where a touchpoint happens. */
  public enum Channel { PHONE, EMAIL, SMS, WEB, MOBILE_APP, STORE, VISIT, SOCIAL_MEDIA, MAIL, OTHER }

  /** Who started a touchpoint. */
  public enum Direction { INBOUND, OUTBOUND }

  /** How a touchpoint ended. */
  public enum Outcome { SUCCESSFUL, UNSUCCESSFUL, NO_RESPONSE, FOLLOW_UP_REQUIRED }

  public Interaction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(outcome, "outcome");
  }

  /**
   * An interaction with an id generated for its time ({@link ActivityId#generate(Instant)}) and no
   * subject.
   */
  public static Interaction of(CustomerId customerId, Instant at, Channel channel, Direction direction,
      Outcome outcome) {
    return new Interaction(ActivityId.generate(at), customerId, at, channel, direction, outcome, null);
  }

  @Override
  public Interaction withCustomerId(CustomerId customerId) {
    return new Interaction(id, customerId, at, channel, direction, outcome, subject);
  }
}
