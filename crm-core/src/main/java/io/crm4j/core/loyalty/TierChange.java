package io.crm4j.core.loyalty;

import io.crm4j.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One line of a tier membership's history. Immutable and thread-safe.
 *
 * @param at when
 * @param from the tier before
 * @param to the tier after (equal to {@code from} for a released hold or a scheduled downgrade)
 * @param reason why
 * @param manual whether a person made the change
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TierChange(Instant at, String from, String to, String reason, boolean manual) {

  public TierChange {
    Objects.requireNonNull(at, "at");
    Checks.notBlank(from, "from");
    Checks.notBlank(to, "to");
    Checks.notBlank(reason, "reason");
  }
}
