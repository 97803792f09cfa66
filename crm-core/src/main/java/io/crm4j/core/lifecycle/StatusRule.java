package io.crm4j.core.lifecycle;

import io.crm4j.core.internal.Checks;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A policy rule that moves a customer's status: from any of {@code from} to {@code to} when
 * {@code when} holds. A rule into {@link CustomerStatus#LAPSED} names its churn reason; a rule may
 * also restart the relationship phase (e.g. a win-back starts a new exploration).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name a short name, recorded as the reason of the change
 * @param from the statuses the rule applies in, at least one
 * @param to the status it moves to
 * @param when the condition over the facts ({@code since} is when the status was entered)
 * @param churnReason required when {@code to} is LAPSED, null otherwise
 * @param phaseAfter the phase to move to together with the status, if any
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record StatusRule(String name, Set<CustomerStatus> from, CustomerStatus to, Condition when,
    @Nullable ChurnReason churnReason, @Nullable RelationshipPhase phaseAfter) {

  public StatusRule {
    Checks.notBlank(name, "name");
    Objects.requireNonNull(from, "from");
    if (from.isEmpty()) {
      throw new IllegalArgumentException("from must name at least one status, but was empty");
    }
    from = Set.copyOf(EnumSet.copyOf(from));
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(when, "when");
    if ((to == CustomerStatus.LAPSED) != (churnReason != null)) {
      throw new IllegalArgumentException("churnReason must be set exactly when to is LAPSED, but to was " + to
          + " and churnReason was " + churnReason);
    }
  }

  /** A rule that changes only the status. */
  public static StatusRule of(String name, Set<CustomerStatus> from, CustomerStatus to, Condition when) {
    return new StatusRule(name, from, to, when, null, null);
  }

  /** A lapse rule with its churn reason. */
  public static StatusRule lapse(String name, Set<CustomerStatus> from, ChurnReason why, Condition when) {
    return new StatusRule(name, from, CustomerStatus.LAPSED, when, why, null);
  }
}
