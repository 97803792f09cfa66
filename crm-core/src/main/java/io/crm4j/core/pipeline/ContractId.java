package io.crm4j.core.pipeline;

import io.crm4j.core.internal.Checks;
import org.apiguardian.api.API;

/**
 * Identifies an insurance contract. Immutable and thread-safe.
 *
 * @param value non-blank, at most 128 characters, without control characters or whitespace at either end
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ContractId(String value) {

  public ContractId {
    Checks.identifier(value, "contractId");
  }

  /** Returns the id with the given value. */
  public static ContractId of(String value) {
    return new ContractId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
