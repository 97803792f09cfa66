package io.crm4j.core.complaint;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The first-response and resolution targets that apply to one priority (and optionally one
 * category). Immutable and thread-safe.
 *
 * @param firstResponse target of the first-response clock
 * @param resolution target of the resolution clock
 */
@API(status = API.Status.STABLE, since = "0.1")
public record SlaTargets(SlaTarget firstResponse, SlaTarget resolution) {

  public SlaTargets {
    Objects.requireNonNull(firstResponse, "firstResponse");
    Objects.requireNonNull(resolution, "resolution");
  }

  /** The target for {@code metric}. */
  public SlaTarget target(SlaMetric metric) {
    return Objects.requireNonNull(metric, "metric") == SlaMetric.FIRST_RESPONSE ? firstResponse : resolution;
  }
}
