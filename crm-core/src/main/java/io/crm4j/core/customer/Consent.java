package io.crm4j.core.customer;

import io.crm4j.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One dated entry of a customer's consent history: for a purpose (e.g. "marketing") over a
 * channel, consent was granted or withdrawn at an instant. The latest entry at or before an
 * instant decides; no entry means no consent.
 *
 * @param purpose what the data is used for, e.g. "marketing", "profiling"
 * @param channel how the customer may be contacted for it, e.g. EMAIL
 * @param granted true when granted, false when withdrawn
 * @param at when the customer gave or withdrew it
 * @param source where it was recorded, e.g. "web form"
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Consent(String purpose, ContactPoint.Type channel, boolean granted, Instant at, String source) {

  public Consent {
    Checks.notBlank(purpose, "purpose");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(at, "at");
    Checks.notBlank(source, "source");
  }
}
