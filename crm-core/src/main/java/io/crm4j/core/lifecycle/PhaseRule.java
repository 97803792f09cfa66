package io.crm4j.core.lifecycle;

import io.crm4j.core.internal.Checks;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A policy rule that moves the relationship phase from {@code from} to {@code to} when
 * {@code when} holds ({@code since} is when the phase was entered). Immutable and thread-safe.
 *
 * @param name a short name, recorded as the reason of the change
 * @param from the phase the rule applies in
 * @param to the phase it moves to
 * @param when the condition over the facts
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PhaseRule(String name, RelationshipPhase from, RelationshipPhase to, Condition when) {

  public PhaseRule {
    Checks.notBlank(name, "name");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(when, "when");
  }
}
