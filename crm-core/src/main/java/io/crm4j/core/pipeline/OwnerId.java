package io.crm4j.core.pipeline;

import io.crm4j.core.internal.Checks;
import org.apiguardian.api.API;

/**
 * Identifies the salesperson who owns leads and opportunities. Immutable and thread-safe.
 *
 * @param value non-blank, at most 128 characters, without control characters or whitespace at either end
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record OwnerId(String value) {

  public OwnerId {
    Checks.identifier(value, "ownerId");
  }

  /** Returns the id with the given value. */
  public static OwnerId of(String value) {
    return new OwnerId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
