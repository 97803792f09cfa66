package io.crm4j.core.credit;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One line of a credit account's history. Immutable and thread-safe.
 *
 * @param at when it happened
 * @param what a short description, e.g. "blocked: cheque returned"
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CreditHistoryEntry(Instant at, String what) {

  public CreditHistoryEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(what, "what");
  }
}
