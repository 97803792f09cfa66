package io.crm4j.core.credit;

import io.crm4j.core.internal.Checks;
import org.apiguardian.api.API;

/**
 * Identifies a credit account. Immutable and thread-safe.
 *
 * @param value non-blank, at most 128 characters, without control characters or whitespace at either end
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CreditAccountId(String value) {

  public CreditAccountId {
    Checks.identifier(value, "creditAccountId");
  }

  /** Returns the id with the given value. */
  public static CreditAccountId of(String value) {
    return new CreditAccountId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
