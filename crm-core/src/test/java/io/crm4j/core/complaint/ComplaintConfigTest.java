package io.crm4j.core.complaint;

import static io.crm4j.core.complaint.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ComplaintConfigTest {

  @Test
  void ofDefaults_holdsThePresets() {
    ComplaintConfig c = ComplaintConfig.ofDefaults(OFFICE);
    assertThat(c.graph()).isEqualTo(StatusGraph.ofDefaults());
    assertThat(c.priorityMatrix()).isEqualTo(PriorityMatrix.ofDefaults());
    assertThat(c.sla()).isEqualTo(SlaPolicy.ofDefaults(OFFICE));
    assertThat(c.escalation()).isEqualTo(EscalationPolicy.ofDefaults());
    assertThat(c.recoveredFrom()).isEqualTo(Satisfaction.SATISFIED);
    assertThat(c.sweepPageSize()).isEqualTo(500);
  }

  @Test
  void from_changesOnlyWhatIsSet() {
    ComplaintConfig base = ComplaintConfig.ofDefaults(OFFICE);
    ComplaintConfig strict = ComplaintConfig.from(base).recoveredFrom(Satisfaction.VERY_SATISFIED).sla(POLICY)
        .graph(StatusGraph.from(GRAPH).noReopenWindow().build()).priorityMatrix(MATRIX)
        .escalation(EscalationPolicy.custom().build()).sweepPageSize(7).build();
    assertThat(strict.recoveredFrom()).isEqualTo(Satisfaction.VERY_SATISFIED);
    assertThat(strict.sla()).isEqualTo(POLICY);
    assertThat(strict.graph().reopenWindow()).isNull();
    assertThat(strict.escalation().rules()).isEmpty();
    assertThat(strict.sweepPageSize()).isEqualTo(7);
    assertThat(ComplaintConfig.from(base).build()).isEqualTo(base);
  }

  @Test
  void custom_invalidSettingsAreRefusedAtOnce() {
    assertThatThrownBy(() -> ComplaintConfig.custom(OFFICE).sweepPageSize(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("sweepPageSize must be > 0, but was 0");
    assertThatThrownBy(() -> ComplaintConfig.custom(OFFICE).graph(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("graph");
    assertThatThrownBy(() -> ComplaintConfig.ofDefaults(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("calendar");
  }
}
