package io.crm4j.core.activity;

import io.crm4j.core.internal.Checks;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * Identifies one entry of the activity log (a purchase, payment, interaction or referral). Immutable and thread-safe.
 *
 * @param value non-blank, at most 128 characters
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ActivityId(String value) {

  public ActivityId {
    Checks.identifier(value, "value");
  }

  /** Returns the id with the given value. */
  public static ActivityId of(String value) {
    return new ActivityId(value);
  }

  /** Returns a new random id (a UUID). */
  public static ActivityId generate() {
    return new ActivityId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
