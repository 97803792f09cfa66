package io.crm4j.core.complaint;

import io.crm4j.core.internal.Checks;
import java.util.ArrayList;
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
 * already BREACHED. Build one with {@link #custom(String)} or {@link #from(EscalationRule)}:
 *
 * <pre>{@code
 * EscalationRule rule = EscalationRule.custom("resolution-breach")
 *     .metric(SlaMetric.RESOLUTION).trigger(KpiState.BREACHED)
 *     .priorities(Priority.P1, Priority.P2).raiseToLevel(2).reassignTo("duty-manager").recipients("ops")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
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

  /** A builder for a rule named {@code name}: metric and trigger must be set; all priorities, level 1, no reassignment, nobody to notify. */
  public static Builder custom(String name) {
    return new Builder(Checks.identifier(name, "name"));
  }

  /** A builder holding the settings of {@code base}. */
  public static Builder from(EscalationRule base) {
    Objects.requireNonNull(base, "base");
    Builder b = new Builder(base.name);
    b.metric = base.metric;
    b.trigger = base.trigger;
    b.priorities = base.priorities.isEmpty() ? EnumSet.noneOf(Priority.class) : EnumSet.copyOf(base.priorities);
    b.raiseToLevel = base.raiseToLevel;
    b.reassignTo = base.reassignTo;
    b.recipients = new ArrayList<>(base.recipients);
    return b;
  }

  /** Whether the rule applies to a complaint of {@code priority}. */
  public boolean appliesTo(Priority priority) {
    return priorities.isEmpty() || priorities.contains(priority);
  }

  /** Whether a clock in {@code state} triggers the rule. */
  public boolean triggeredBy(KpiState state) {
    return state == KpiState.BREACHED || (trigger == KpiState.NEARING_BREACH && state == KpiState.NEARING_BREACH);
  }

  /** Builds an {@link EscalationRule}; each method checks its input at once. Not thread-safe. */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class Builder {
    private final String name;
    private @Nullable SlaMetric metric;
    private @Nullable KpiState trigger;
    private EnumSet<Priority> priorities = EnumSet.noneOf(Priority.class);
    private int raiseToLevel = 1;
    private @Nullable String reassignTo;
    private List<String> recipients = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /** The clock watched (required). */
    public Builder metric(SlaMetric metric) {
      this.metric = Objects.requireNonNull(metric, "metric");
      return this;
    }

    /** NEARING_BREACH or BREACHED (required). */
    public Builder trigger(KpiState trigger) {
      Objects.requireNonNull(trigger, "trigger");
      if (trigger != KpiState.NEARING_BREACH && trigger != KpiState.BREACHED) {
        throw new IllegalArgumentException("trigger must be NEARING_BREACH or BREACHED, but was " + trigger);
      }
      this.trigger = trigger;
      return this;
    }

    /** The priorities the rule applies to; none (the default) means all. */
    public Builder priorities(Priority... priorities) {
      EnumSet<Priority> set = EnumSet.noneOf(Priority.class);
      for (Priority p : priorities) {
        set.add(Objects.requireNonNull(p, "priorities element"));
      }
      this.priorities = set;
      return this;
    }

    /** The escalation level after firing, at least 1 (default 1). */
    public Builder raiseToLevel(int level) {
      this.raiseToLevel = Checks.positive(level, "raiseToLevel");
      return this;
    }

    /** Hands the complaint to {@code assignee} when the rule fires. */
    public Builder reassignTo(String assignee) {
      this.reassignTo = Checks.notBlank(assignee, "reassignTo");
      return this;
    }

    /** Who is to be told (roles or addresses), replacing any set before. */
    public Builder recipients(String... recipients) {
      List<String> list = new ArrayList<>();
      for (String r : recipients) {
        list.add(Checks.notBlank(r, "recipients element"));
      }
      this.recipients = list;
      return this;
    }

    /**
     * Builds the rule.
     *
     * @throws IllegalStateException if the metric or the trigger was not set
     */
    public EscalationRule build() {
      if (metric == null || trigger == null) {
        throw new IllegalStateException("escalation rule '" + name + "' must have a metric and a trigger, but "
            + (metric == null ? "metric" : "trigger") + " was not set");
      }
      return new EscalationRule(name, metric, trigger, priorities, raiseToLevel, reassignTo, recipients);
    }
  }
}
