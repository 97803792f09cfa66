package io.crm4j.core.lifecycle;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.internal.Checks;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One change made by a scheduled evaluation. Immutable and thread-safe.
 *
 * @param customerId whose state changed
 * @param area what changed: "status", "phase", "rung", "tier" or another step's name
 * @param from the value before
 * @param to the value after
 * @param reason the rule or reason that made the change
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record EvaluationChange(CustomerId customerId, String area, String from, String to, String reason) {

  public EvaluationChange {
    Objects.requireNonNull(customerId, "customerId");
    Checks.notBlank(area, "area");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Checks.notBlank(reason, "reason");
  }

  /** {@code "area from -> to"}, the key used to count changes in a report. */
  public String kind() {
    return area + " " + from + " -> " + to;
  }
}
