package io.crm4j.core.complaint;

import static io.crm4j.core.complaint.ComplaintStatus.*;
import static io.crm4j.core.complaint.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EscalationPolicyTest {

  static final EscalationRule WARN = new EscalationRule("warn", SlaMetric.FIRST_RESPONSE, KpiState.NEARING_BREACH,
      Set.of(), 1, null, List.of("team-lead"));
  static final EscalationRule BREACH = new EscalationRule("breach", SlaMetric.FIRST_RESPONSE, KpiState.BREACHED,
      Set.of(), 2, "duty-manager", List.of("service-director"));
  static final EscalationPolicy POLICY_RULES = new EscalationPolicy(List.of(WARN, BREACH));

  @Test
  void evaluate_firesEachRuleOnceAndIsIdempotent() {
    // P3 first response: 4h, warning after 3h, from Monday 09:00.
    List<Complaint> open = List.of(received("E-1", Priority.P3, at(11, 23, 9, 0)),
        received("E-2", Priority.P3, at(11, 23, 11, 0)));
    EscalationPolicy.Run atNoon = POLICY_RULES.evaluate(open, POLICY, at(11, 23, 12, 0));
    assertThat(atNoon.events()).extracting(ComplaintEvent.Escalated::complaintId, ComplaintEvent.Escalated::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ComplaintId.of("E-1"), "warn"));
    List<Complaint> after = List.of(atNoon.changed().get(0), open.get(1));
    assertThat(POLICY_RULES.evaluate(after, POLICY, at(11, 23, 12, 0)).events()).isEmpty();
    assertThat(POLICY_RULES.evaluate(after, POLICY, at(11, 23, 12, 0)).changed()).isEmpty();

    // At 13:30 E-1 is breached (4.5h > 4h): only the breach rule is left; E-2 has 2.5h, nothing.
    EscalationPolicy.Run later = POLICY_RULES.evaluate(after, POLICY, at(11, 23, 13, 30));
    assertThat(later.events()).singleElement().satisfies(e -> {
      assertThat(e.rule()).isEqualTo("breach");
      assertThat(e.fromLevel()).isEqualTo(1);
      assertThat(e.toLevel()).isEqualTo(2);
      assertThat(e.reassignedTo()).isEqualTo("duty-manager");
      assertThat(e.state()).isEqualTo(KpiState.BREACHED);
    });
    Complaint e1 = later.changed().get(0);
    assertThat(e1.firedEscalations()).containsExactly("breach", "warn");
    assertThat(e1.assignee()).isEqualTo("duty-manager");
    assertThat(e1.status()).isEqualTo(RECEIVED);
  }

  @Test
  void evaluate_breachFiresBothRulesWhenFirstSeenLate() {
    EscalationPolicy.Run run = POLICY_RULES.evaluate(List.of(received("E-3", Priority.P3, at(11, 23, 9, 0))), POLICY,
        at(11, 24, 9, 0));
    assertThat(run.events()).extracting(ComplaintEvent.Escalated::rule).containsExactly("warn", "breach");
    assertThat(run.changed().get(0).escalationLevel()).isEqualTo(2);
  }

  @Test
  void evaluate_skipsStoppedClocksAndOtherPriorities() {
    Complaint answered = move(received("E-4", Priority.P3, at(11, 23, 9, 0)), ACKNOWLEDGED, at(11, 23, 9, 5));
    EscalationPolicy onlyP1 = new EscalationPolicy(List.of(new EscalationRule("p1", SlaMetric.RESOLUTION, KpiState.BREACHED,
        Set.of(Priority.P1), 1, null, List.of())));
    assertThat(POLICY_RULES.evaluate(List.of(answered), POLICY, at(11, 25, 9, 0)).events()).isEmpty();
    assertThat(onlyP1.evaluate(List.of(answered), POLICY, at(11, 30, 9, 0)).events()).isEmpty();
  }

  @Test
  void evaluate_pausedClockPastTargetStillEscalates() {
    Complaint waiting = move(move(received("E-5", Priority.P3, at(11, 23, 9, 0)), ACKNOWLEDGED, at(11, 23, 9, 5)),
        WAITING_ON_CUSTOMER, at(11, 24, 9, 0));
    EscalationPolicy res = new EscalationPolicy(List.of(new EscalationRule("res", SlaMetric.RESOLUTION,
        KpiState.NEARING_BREACH, Set.of(), 1, null, List.of())));
    // Resolution P3: 16h, warn 12h. Monday 09:00-18:00 = 9h, paused since Tuesday 09:00: PAUSED, no fire.
    assertThat(res.evaluate(List.of(waiting), POLICY, at(11, 25, 9, 0)).events()).isEmpty();
  }

  @Test
  void evaluate_invalidInputIsRejected() {
    Complaint c = move(received("E-6", Priority.P3, at(11, 23, 9, 0)), ACKNOWLEDGED, at(11, 23, 10, 0));
    assertThatThrownBy(() -> POLICY_RULES.evaluate(List.of(c), POLICY, at(11, 23, 9, 30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("at must not be before complaint E-6's last step");
    assertThatThrownBy(() -> new EscalationPolicy(List.of(WARN, WARN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rules must have unique names, but 'warn' repeats");
  }

  @Test
  void rule_invalidInputIsRejected() {
    assertThatThrownBy(() -> new EscalationRule("x", SlaMetric.RESOLUTION, KpiState.PAUSED, Set.of(), 1, null,
        List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trigger must be NEARING_BREACH or BREACHED, but was PAUSED");
    assertThatThrownBy(() -> new EscalationRule("x", SlaMetric.RESOLUTION, KpiState.BREACHED, Set.of(), 0, null,
        List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("raiseToLevel must be > 0, but was 0");
    assertThatThrownBy(() -> new EscalationRule("x", SlaMetric.RESOLUTION, KpiState.BREACHED, Set.of(), 1, " ",
        List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("reassignTo must not be blank, but was ' '");
    assertThat(WARN.appliesTo(Priority.P4)).isTrue();
    assertThat(WARN.triggeredBy(KpiState.BREACHED)).isTrue();
    assertThat(BREACH.triggeredBy(KpiState.NEARING_BREACH)).isFalse();
  }

  @Test
  void ofDefaults_holdsThePresetRulesInOrder() {
    EscalationPolicy preset = EscalationPolicy.ofDefaults();
    assertThat(preset.rules()).extracting(EscalationRule::name)
        .containsExactly("resolution-warning", "first-response-breach", "resolution-breach");
    assertThat(preset.rules().get(2)).isEqualTo(new EscalationRule("resolution-breach", SlaMetric.RESOLUTION,
        KpiState.BREACHED, Set.of(), 2, null, List.of("complaints-manager")));
  }

  @Test
  void customAndFrom_addAndRemoveRulesRefusingARepeatedName() {
    EscalationPolicy two = EscalationPolicy.custom().rule(WARN).rule(BREACH).build();
    assertThat(two).isEqualTo(POLICY_RULES);
    assertThat(EscalationPolicy.from(two).remove("warn").build().rules()).containsExactly(BREACH);
    assertThat(EscalationPolicy.custom().build().rules()).isEmpty();
    assertThatThrownBy(() -> EscalationPolicy.from(two).rule(WARN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rules must have unique names, but 'warn' repeats");
    assertThatThrownBy(() -> EscalationPolicy.from(null)).isInstanceOf(NullPointerException.class).hasMessage("base");
  }
}
