package io.crm4j.core.pipeline;

import io.crm4j.core.internal.Checks;
import org.apiguardian.api.API;

/**
 * Identifies an opportunity. Immutable and thread-safe.
 *
 * @param value non-blank, at most 128 characters, without control characters or whitespace at either end
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record OpportunityId(String value) {

  public OpportunityId {
    Checks.identifier(value, "opportunityId");
  }

  /** Returns the id with the given value. */
  public static OpportunityId of(String value) {
    return new OpportunityId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
