package io.crm4j.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EscalationRuleTest {

  @Test
  void custom_buildsTheRuleWithEverySetting() {
    EscalationRule rule = EscalationRule.custom("res-breach").metric(SlaMetric.RESOLUTION).trigger(KpiState.BREACHED)
        .priorities(Priority.P1, Priority.P2).raiseToLevel(2).reassignTo("duty-manager").recipients("ops", "cx-lead")
        .build();
    assertThat(rule).isEqualTo(new EscalationRule("res-breach", SlaMetric.RESOLUTION, KpiState.BREACHED,
        Set.of(Priority.P1, Priority.P2), 2, "duty-manager", List.of("ops", "cx-lead")));
  }

  @Test
  void custom_defaultsToAllPrioritiesLevelOneNoReassignmentNobodyToTell() {
    EscalationRule rule = EscalationRule.custom("warn").metric(SlaMetric.FIRST_RESPONSE)
        .trigger(KpiState.NEARING_BREACH).build();
    assertThat(rule.priorities()).isEmpty();
    assertThat(rule.appliesTo(Priority.P4)).isTrue();
    assertThat(rule.raiseToLevel()).isEqualTo(1);
    assertThat(rule.reassignTo()).isNull();
    assertThat(rule.recipients()).isEmpty();
  }

  @Test
  void custom_invalidSettingsAreRefusedAtOnce() {
    assertThatThrownBy(() -> EscalationRule.custom(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank, but was ' '");
    EscalationRule.Builder b = EscalationRule.custom("x");
    assertThatThrownBy(() -> b.trigger(KpiState.PAUSED)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trigger must be NEARING_BREACH or BREACHED, but was PAUSED");
    assertThatThrownBy(() -> b.raiseToLevel(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("raiseToLevel must be > 0, but was 0");
    assertThatThrownBy(() -> b.reassignTo("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reassignTo must not be blank, but was ''");
    assertThatThrownBy(() -> b.recipients("ops", " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recipients element must not be blank, but was ' '");
    assertThatThrownBy(() -> b.priorities(Priority.P1, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("priorities element");
    assertThatThrownBy(() -> b.metric(null)).isInstanceOf(NullPointerException.class).hasMessage("metric");
  }

  @Test
  void build_withoutMetricOrTrigger_isRefused() {
    assertThatThrownBy(() -> EscalationRule.custom("x").trigger(KpiState.BREACHED).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("escalation rule 'x' must have a metric and a trigger, but metric was not set");
    assertThatThrownBy(() -> EscalationRule.custom("x").metric(SlaMetric.RESOLUTION).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("escalation rule 'x' must have a metric and a trigger, but trigger was not set");
  }

  @Test
  void from_copiesEverySettingAndChangesOnlyWhatIsSet() {
    EscalationRule base = EscalationRule.custom("res").metric(SlaMetric.RESOLUTION).trigger(KpiState.BREACHED)
        .priorities(Priority.P1).raiseToLevel(3).reassignTo("boss").recipients("ops").build();
    assertThat(EscalationRule.from(base).build()).isEqualTo(base);
    EscalationRule wider = EscalationRule.from(base).priorities().build();
    assertThat(wider.priorities()).isEmpty();
    assertThat(wider.raiseToLevel()).isEqualTo(3);
    assertThat(EscalationRule.from(EscalationRule.custom("all").metric(SlaMetric.RESOLUTION)
        .trigger(KpiState.BREACHED).build()).build().priorities()).isEmpty();
  }
}
