package io.crm4j.core.complaint;

import io.crm4j.core.internal.Checks;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * Identifies a complaint. Immutable and thread-safe.
 *
 * @param value non-blank, at most 128 characters, without control characters or whitespace at either end
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ComplaintId(String value) {

  public ComplaintId {
    Checks.identifier(value, "complaintId");
  }

  /** Returns the id with the given value. */
  public static ComplaintId of(String value) {
    return new ComplaintId(value);
  }

  /** Returns a new random id (a UUID). */
  public static ComplaintId generate() {
    return new ComplaintId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
