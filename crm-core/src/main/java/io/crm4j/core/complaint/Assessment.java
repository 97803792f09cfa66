package io.crm4j.core.complaint;

import io.crm4j.core.internal.Checks;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The assessment of a complaint, from which a {@link PriorityMatrix} derives the priority.
 * Immutable and thread-safe.
 *
 * @param category a business category such as "service", "product-quality" (non-blank)
 * @param severity how serious the problem is
 * @param impact how many customers or how much business it affects
 * @param urgency how fast it must be handled
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Assessment(String category, Severity severity, Level impact, Level urgency) {

  public Assessment {
    Checks.identifier(category, "category");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(impact, "impact");
    Objects.requireNonNull(urgency, "urgency");
  }
}
