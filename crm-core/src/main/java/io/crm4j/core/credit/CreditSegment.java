package io.crm4j.core.credit;

import io.crm4j.core.internal.Checks;
import org.apiguardian.api.API;

/**
 * A credit segment: a part of the business with its own limits and exposure (for example a sales
 * division or a product line). Immutable and thread-safe.
 *
 * @param value non-blank, at most 128 characters
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CreditSegment(String value) {

  public CreditSegment {
    Checks.identifier(value, "value");
  }

  /** Returns the segment with the given name. */
  public static CreditSegment of(String value) {
    return new CreditSegment(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
