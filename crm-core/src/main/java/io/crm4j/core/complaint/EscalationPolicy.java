package io.crm4j.core.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A list of escalation rules and their evaluation over open complaints. Evaluating the same
 * complaints at the same instant twice changes nothing the second time: each complaint keeps the
 * names of the rules that fired for it. Build one with {@link #ofDefaults()}, {@link #custom()} or
 * {@link #from(EscalationPolicy)}. Immutable and thread-safe.
 *
 * @param rules the rules, in the order they are applied; names are unique
 */
@API(status = API.Status.STABLE, since = "0.1")
public record EscalationPolicy(List<EscalationRule> rules) {

  public EscalationPolicy {
    rules = List.copyOf(rules);
    Set<String> names = new HashSet<>();
    for (EscalationRule r : rules) {
      if (!names.add(r.name())) {
        throw new IllegalArgumentException("rules must have unique names, but '" + r.name() + "' repeats");
      }
    }
  }

  /**
   * The preset: {@code resolution-warning} raises every complaint whose resolution clock nears
   * its breach to level 1 and tells the team lead; {@code first-response-breach} does the same when
   * the first response is late; {@code resolution-breach} raises a breached resolution to level 2
   * and tells the complaints manager. Roles and levels are an illustrative starting point, not
   * figures from a standard.
   */
  public static EscalationPolicy ofDefaults() {
    return custom()
        .rule(EscalationRule.custom("resolution-warning").metric(SlaMetric.RESOLUTION)
            .trigger(KpiState.NEARING_BREACH).raiseToLevel(1).recipients("team-lead").build())
        .rule(EscalationRule.custom("first-response-breach").metric(SlaMetric.FIRST_RESPONSE)
            .trigger(KpiState.BREACHED).raiseToLevel(1).recipients("team-lead").build())
        .rule(EscalationRule.custom("resolution-breach").metric(SlaMetric.RESOLUTION)
            .trigger(KpiState.BREACHED).raiseToLevel(2).recipients("complaints-manager").build())
        .build();
  }

  /** A builder with no rules. */
  public static Builder custom() {
    return new Builder(List.of());
  }

  /** A builder holding the rules of {@code base}, to which more can be added. */
  public static Builder from(EscalationPolicy base) {
    return new Builder(Objects.requireNonNull(base, "base").rules);
  }

  /** Builds an {@link EscalationPolicy}; a repeated rule name is refused at once. Not thread-safe. */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class Builder {
    private final List<EscalationRule> rules;

    private Builder(List<EscalationRule> base) {
      this.rules = new ArrayList<>(base);
    }

    /** Adds {@code rule}, applied after the rules added before it. */
    public Builder rule(EscalationRule rule) {
      Objects.requireNonNull(rule, "rule");
      if (rules.stream().anyMatch(r -> r.name().equals(rule.name()))) {
        throw new IllegalArgumentException("rules must have unique names, but '" + rule.name() + "' repeats");
      }
      rules.add(rule);
      return this;
    }

    /** Removes the rule named {@code name}, if present. */
    public Builder remove(String name) {
      Objects.requireNonNull(name, "name");
      rules.removeIf(r -> r.name().equals(name));
      return this;
    }

    public EscalationPolicy build() {
      return new EscalationPolicy(rules);
    }
  }

  /**
   * The result of one evaluation.
   *
   * @param changed the complaints that escalated, in their new form (store these)
   * @param events one {@link ComplaintEvent.Escalated} per fired rule, in order
   */
  @API(status = API.Status.STABLE, since = "0.1")
  public record Run(List<Complaint> changed, List<ComplaintEvent.Escalated> events) {
    public Run {
      changed = List.copyOf(changed);
      events = List.copyOf(events);
    }
  }

  /**
   * Applies every rule to every complaint whose watched clock is running or paused at {@code at}.
   *
   * @throws IllegalArgumentException if a complaint has a step after {@code at}
   */
  public Run evaluate(Collection<Complaint> complaints, SlaPolicy sla, Instant at) {
    Objects.requireNonNull(complaints, "complaints");
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(at, "at");
    List<Complaint> changed = new ArrayList<>();
    List<ComplaintEvent.Escalated> events = new ArrayList<>();
    for (Complaint original : complaints) {
      Objects.requireNonNull(original, "complaints element");
      if (original.lastStepAt().isAfter(at)) {
        throw new IllegalArgumentException("at must not be before complaint " + original.id()
            + "'s last step at " + original.lastStepAt() + ", but was " + at);
      }
      Complaint c = original;
      for (EscalationRule rule : rules) {
        if (c.firedEscalations().contains(rule.name()) || !rule.appliesTo(c.priority())) {
          continue;
        }
        SlaClock clock = SlaClock.of(c, rule.metric(), sla, at);
        if (clock.phase() != SlaClock.Phase.RUNNING && clock.phase() != SlaClock.Phase.PAUSED) {
          continue;
        }
        SlaStatus status = clock.status(sla.targetsFor(c).target(rule.metric()), sla.calendar());
        if (!rule.triggeredBy(status.state())) {
          continue;
        }
        int level = Math.max(c.escalationLevel(), rule.raiseToLevel());
        events.add(new ComplaintEvent.Escalated(c.id(), rule.name(), rule.metric(), status.state(),
            c.escalationLevel(), level, rule.reassignTo(), rule.recipients(), at));
        c = c.escalated(rule.name(), level, rule.reassignTo(), at,
            "rule " + rule.name() + ": " + rule.metric() + " " + status.state() + ", level " + level);
      }
      if (c != original) {
        changed.add(c);
      }
    }
    return new Run(changed, events);
  }
}
