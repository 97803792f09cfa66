package io.crm4j.core.customer;

import io.crm4j.core.internal.Checks;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * Identifies a customer (a person or an organisation). Immutable and thread-safe.
 *
 * @param value non-blank, at most 128 characters, without control characters or whitespace at either end
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CustomerId(String value) {

  public CustomerId {
    Checks.identifier(value, "customerId");
  }

  /** Returns the id with the given value. */
  public static CustomerId of(String value) {
    return new CustomerId(value);
  }

  /** Returns a new random id (a UUID). */
  public static CustomerId generate() {
    return new CustomerId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
