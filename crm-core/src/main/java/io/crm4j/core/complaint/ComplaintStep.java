package io.crm4j.core.complaint;

import io.crm4j.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One recorded step of a complaint: who did what, when, and a note. A step with {@code from}
 * equal to {@code to} records a change that kept the status (priority change, escalation).
 * Immutable and thread-safe.
 *
 * @param from the status before ({@code null} for the receipt)
 * @param to the status after
 * @param actor who took the step (non-blank)
 * @param at when
 * @param note free text, may be empty
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ComplaintStep(@Nullable ComplaintStatus from, ComplaintStatus to, String actor, Instant at, String note) {

  public ComplaintStep {
    Objects.requireNonNull(to, "to");
    Checks.notBlank(actor, "actor");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(note, "note");
  }

  /** Whether this step changed the status. */
  public boolean changesStatus() {
    return from != to;
  }
}
