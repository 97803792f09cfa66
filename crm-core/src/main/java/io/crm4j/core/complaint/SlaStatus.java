package io.crm4j.core.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One SLA clock evaluated at an instant. Immutable and thread-safe.
 *
 * @param metric which clock
 * @param state its KPI state
 * @param target the target that applied (from the complaint's current priority and category)
 * @param due when the target is (or was) reached; for a paused clock, when it would be reached if
 *     it resumed at {@code at}
 * @param elapsed business time counted so far
 * @param remaining business time left before the target, zero once reached
 * @param at the instant of evaluation
 */
@API(status = API.Status.STABLE, since = "0.1")
public record SlaStatus(SlaMetric metric, KpiState state, SlaTarget target, Instant due, Duration elapsed,
    Duration remaining, Instant at) {

  public SlaStatus {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(remaining, "remaining");
    Objects.requireNonNull(at, "at");
  }
}
