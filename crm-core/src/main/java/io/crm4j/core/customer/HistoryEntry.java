package io.crm4j.core.customer;

import io.crm4j.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One line of a customer's change history.
 *
 * @param at when the change happened
 * @param change what changed, e.g. "registered", "merged C-2"
 */
@API(status = API.Status.STABLE, since = "0.1")
public record HistoryEntry(Instant at, String change) {

  public HistoryEntry {
    Objects.requireNonNull(at, "at");
    Checks.notBlank(change, "change");
  }
}
