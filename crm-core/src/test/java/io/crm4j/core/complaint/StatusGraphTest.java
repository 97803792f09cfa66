package io.crm4j.core.complaint;

import static io.crm4j.core.complaint.ComplaintStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusGraphTest {

  @Test
  void ofDefaults_followsTheIsoMainLineWithSideSteps() {
    StatusGraph g = StatusGraph.ofDefaults();
    ComplaintStatus[] main = {RECEIVED, ACKNOWLEDGED, ASSESSED, INVESTIGATING, RESPONDED, RESOLVED, CLOSED, FOLLOWED_UP};
    for (int i = 1; i < main.length; i++) {
      assertThat(g.allows(main[i - 1], main[i])).as(main[i - 1] + " to " + main[i]).isTrue();
    }
    assertThat(g.isFinal(REJECTED)).isTrue();
    assertThat(g.isFinal(WITHDRAWN)).isTrue();
    assertThat(g.allows(CLOSED, REOPENED)).isTrue();
    assertThat(g.allows(REOPENED, INVESTIGATING)).isTrue();
    assertThat(g.allows(RECEIVED, RESOLVED)).isFalse();
    assertThat(g.allowedFrom(RESOLVED)).containsExactlyInAnyOrder(CLOSED, REOPENED);
  }

  @Test
  void custom_andFrom_changeTheGraphAsData() {
    StatusGraph g = StatusGraph.from(StatusGraph.ofDefaults()).forbid(RESOLVED, REOPENED).allow(REJECTED, REOPENED).build();
    assertThat(g.allows(RESOLVED, REOPENED)).isFalse();
    assertThat(g.allows(REJECTED, REOPENED)).isTrue();
    assertThat(StatusGraph.custom().forbid(RECEIVED, CLOSED).build().isFinal(RECEIVED)).isTrue();
    assertThat(StatusGraph.ofDefaults()).isEqualTo(StatusGraph.ofDefaults());
  }

  @Test
  void custom_invalidInputIsRejected() {
    assertThatThrownBy(() -> StatusGraph.custom().allow(CLOSED, CLOSED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("to must not be CLOSED or RECEIVED, but was CLOSED");
    assertThatThrownBy(() -> StatusGraph.custom().allow(CLOSED, RECEIVED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StatusGraph(Map.of(CLOSED, Set.of(CLOSED)), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("moves must not contain a self-loop, but CLOSED moves to itself");
    assertThatThrownBy(() -> new StatusGraph(Map.of(CLOSED, Set.of(RECEIVED)), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("moves must not lead back to RECEIVED, but CLOSED does");
    assertThatThrownBy(() -> StatusGraph.ofDefaults().allows(RECEIVED, null)).isInstanceOf(NullPointerException.class);
  }
}
