package io.crm4j.core.complaint;

import io.crm4j.core.internal.Checks;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Fires once per complaint when an SLA clock reaches a state: raises the escalation level,
 * optionally reassigns, and names who to notify; the effect is an
 * {@link ComplaintEvent.Escalated} event. A NEARING_BREACH rule also fires for a clock that is
 * already BREACHED. Immutable and thread-safe.
 *
 * @param name unique name within a policy; also the key that keeps the rule from firing twice
 * @param metric the clock watched
 * @param trigger NEARING_BREACH or BREACHED
 * @param priorities the priorities it applies to; empty for all
 * @param raiseToLevel the escalation level after firing (the level never goes down), at least 1
 * @param reassignTo the new assignee, or {@code null} to keep the current one
 * @param recipients who is to be told (roles or addresses), may be empty
 */
@API(status = API.Status.STABLE, since = "0.1")
public record EscalationRule(String name, SlaMetric metric, KpiState trigger, Set<Priority> priorities,
    int raiseToLevel, @Nullable String reassignTo, List<String> recipients) {

  public EscalationRule {
    Checks.identifier(name, "name");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(trigger, "trigger");
    if (trigger != KpiState.NEARING_BREACH && trigger != KpiState.BREACHED) {
      throw new IllegalArgumentException("trigger must be NEARING_BREACH or BREACHED, but was " + trigger);
    }
    Objects.requireNonNull(priorities, "priorities");
    priorities = priorities.isEmpty()
        ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(priorities));
    Checks.positive(raiseToLevel, "raiseToLevel");
    if (reassignTo != null) {
      Checks.notBlank(reassignTo, "reassignTo");
    }
    recipients = List.copyOf(recipients);
    recipients.forEach(n -> Checks.notBlank(n, "recipients"));
  }

  /** Whether the rule applies to a complaint of {@code priority}. */
  public boolean appliesTo(Priority priority) {
    return priorities.isEmpty() || priorities.contains(priority);
  }

  /** Whether a clock in {@code state} triggers the rule. */
  public boolean triggeredBy(KpiState state) {
    return state == KpiState.BREACHED || (trigger == KpiState.NEARING_BREACH && state == KpiState.NEARING_BREACH);
  }
}
