package io.crm4j.core.complaint;

import static io.crm4j.core.complaint.ComplaintStatus.*;
import static io.crm4j.core.complaint.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaPolicyTest {

  @Test
  void ofDefaults_coversEveryPriorityWithThePreset() {
    SlaPolicy p = SlaPolicy.ofDefaults(OFFICE);
    assertThat(p.targetsFor(Priority.P1, null).firstResponse().target()).isEqualTo(Duration.ofHours(1));
    assertThat(p.targetsFor(Priority.P4, null).resolution().target()).isEqualTo(Duration.ofHours(80));
    assertThat(p.pauseStatuses()).containsExactly(WAITING_ON_CUSTOMER);
    assertThat(p.resolvedStatuses()).containsExactlyInAnyOrder(RESOLVED, CLOSED, FOLLOWED_UP);
    assertThat(p.cancelStatuses()).containsExactlyInAnyOrder(REJECTED, WITHDRAWN);
  }

  @Test
  void targetsFor_categoryOverrideWins() {
    SlaTargets fast = new SlaTargets(SlaTarget.hours(1, 1), SlaTarget.hours(2, 1));
    SlaPolicy p = SlaPolicy.from(POLICY).categoryTarget("safety", Priority.P3, fast).build();
    assertThat(p.targetsFor(Priority.P3, "safety")).isEqualTo(fast);
    assertThat(p.targetsFor(Priority.P3, "billing")).isEqualTo(POLICY.targetsFor(Priority.P3, null));
    assertThat(p.targetsFor(Priority.P2, "safety")).isEqualTo(POLICY.targetsFor(Priority.P2, null));
    Complaint c = ok(move(received("P-1", Priority.P3, at(11, 23, 9, 0)), ACKNOWLEDGED, at(11, 23, 9, 5))
        .assess(new Assessment("safety", Severity.MINOR, Level.HIGH, Level.LOW), MATRIX, GRAPH, "a", at(11, 23, 9, 6), ""));
    assertThat(p.targetsFor(c)).isEqualTo(fast);
    assertThat(fast.target(SlaMetric.RESOLUTION)).isEqualTo(SlaTarget.hours(2, 1));
  }

  @Test
  void from_keepsEverythingAndSettersReplace() {
    SlaPolicy p = SlaPolicy.from(POLICY).pauseStatuses().firstResponseStatuses(ASSESSED).resolvedStatuses(CLOSED)
        .cancelStatuses(WITHDRAWN).calendar(OFFICE).build();
    assertThat(p.pauseStatuses()).isEmpty();
    assertThat(p.firstResponseStatuses()).containsExactly(ASSESSED);
    assertThat(SlaPolicy.from(POLICY).build()).isEqualTo(POLICY);
  }

  @Test
  void custom_invalidInputIsRejected() {
    assertThatThrownBy(() -> SlaPolicy.custom(OFFICE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("targets must cover every priority, but P1 was missing");
    assertThatThrownBy(() -> SlaPolicy.from(POLICY).pauseStatuses(RESOLVED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pauseStatuses and resolvedStatuses must not overlap, but both contain [RESOLVED]");
    assertThatThrownBy(() -> SlaPolicy.from(POLICY).pauseStatuses(RECEIVED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pauseStatuses must not contain RECEIVED, but did");
    assertThatThrownBy(() -> SlaPolicy.from(POLICY).resolvedStatuses().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("resolvedStatuses must not be empty, but was []");
    assertThatThrownBy(() -> SlaPolicy.from(POLICY).firstResponseStatuses().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("firstResponseStatuses must not be empty, but was []");
    assertThatThrownBy(() -> new SlaPolicy(OFFICE, POLICY.targets(), List.of(), Set.of(), Set.of(ACKNOWLEDGED),
        Set.of(RESOLVED), Set.of(RECEIVED)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not contain RECEIVED");
    assertThatThrownBy(() -> SlaPolicy.custom(null)).isInstanceOf(NullPointerException.class).hasMessage("calendar");
    assertThatThrownBy(() -> new CategoryTargets("", Priority.P1, POLICY.targetsFor(Priority.P1, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("category must not be blank, but was ''");
  }

  @Test
  void slaTarget_invalidInputIsRejected() {
    assertThatThrownBy(() -> SlaTarget.hours(0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("target must be > 0, but was PT0S");
    assertThatThrownBy(() -> SlaTarget.hours(4, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("warnAfter must be in (0, target PT4H], but was PT5H");
    assertThatThrownBy(() -> new SlaTargets(null, SlaTarget.hours(1, 1)))
        .isInstanceOf(NullPointerException.class).hasMessage("firstResponse");
    assertThat(Map.of(Priority.P1, SlaTarget.hours(1, 1))).containsEntry(Priority.P1, SlaTarget.of(Duration.ofHours(1),
        Duration.ofHours(1)));
  }
}
