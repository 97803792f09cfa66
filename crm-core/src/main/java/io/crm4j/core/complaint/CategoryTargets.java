package io.crm4j.core.complaint;

import io.crm4j.core.internal.Checks;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Targets for one category and priority, overriding the priority's general targets. Immutable and
 * thread-safe.
 *
 * @param category the assessment category it applies to
 * @param priority the priority it applies to
 * @param targets the targets
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CategoryTargets(String category, Priority priority, SlaTargets targets) {

  public CategoryTargets {
    Checks.identifier(category, "category");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(targets, "targets");
  }
}
