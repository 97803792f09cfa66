package io.crm4j.core.loyalty;

import io.crm4j.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One line of a ladder membership's history. Immutable and thread-safe.
 *
 * @param at when
 * @param from the rung before
 * @param to the rung after (equal to {@code from} when a manual hold was released)
 * @param reason the rule, or the user's note
 * @param manual whether a person made the change
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RungChange(Instant at, String from, String to, String reason, boolean manual) {

  public RungChange {
    Objects.requireNonNull(at, "at");
    Checks.notBlank(from, "from");
    Checks.notBlank(to, "to");
    Checks.notBlank(reason, "reason");
  }
}
