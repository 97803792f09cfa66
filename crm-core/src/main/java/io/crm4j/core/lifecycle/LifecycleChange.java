package io.crm4j.core.lifecycle;

import io.crm4j.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One line of a customer's lifecycle history: status and phase before and after, why, and when.
 * Immutable and thread-safe.
 *
 * @param at when the change happened
 * @param fromStatus the status before
 * @param toStatus the status after (equal to {@code fromStatus} for a phase-only change)
 * @param fromPhase the phase before
 * @param toPhase the phase after
 * @param reason why, e.g. the rule's name or the user's note
 * @param churnReason the churn reason when the change is a lapse
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LifecycleChange(Instant at, CustomerStatus fromStatus, CustomerStatus toStatus,
    RelationshipPhase fromPhase, RelationshipPhase toPhase, String reason, @Nullable ChurnReason churnReason) {

  public LifecycleChange {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(fromStatus, "fromStatus");
    Objects.requireNonNull(toStatus, "toStatus");
    Objects.requireNonNull(fromPhase, "fromPhase");
    Objects.requireNonNull(toPhase, "toPhase");
    Checks.notBlank(reason, "reason");
  }
}
