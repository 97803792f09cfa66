package io.crm4j.core.pipeline;

import io.crm4j.core.internal.Checks;
import org.apiguardian.api.API;

/**
 * Identifies a sales lead. Immutable and thread-safe.
 *
 * @param value non-blank, at most 128 characters, without control characters or whitespace at either end
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LeadId(String value) {

  public LeadId {
    Checks.identifier(value, "leadId");
  }

  /** Returns the id with the given value. */
  public static LeadId of(String value) {
    return new LeadId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
