package io.crm4j.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PriorityMatrixTest {

  @Test
  void priorityOf_tableThenSeverityFloor() {
    PriorityMatrix m = PriorityMatrix.ofDefaults();
    assertThat(m.priorityOf(new Assessment("x", Severity.MINOR, Level.HIGH, Level.HIGH))).isEqualTo(Priority.P1);
    assertThat(m.priorityOf(new Assessment("x", Severity.MINOR, Level.MEDIUM, Level.HIGH))).isEqualTo(Priority.P2);
    assertThat(m.priorityOf(new Assessment("x", Severity.MINOR, Level.LOW, Level.LOW))).isEqualTo(Priority.P4);
    // MAJOR has floor P3: LOW/LOW would be P4
    assertThat(m.priorityOf(new Assessment("x", Severity.MAJOR, Level.LOW, Level.LOW))).isEqualTo(Priority.P3);
    assertThat(m.priorityOf(new Assessment("x", Severity.CRITICAL, Level.LOW, Level.LOW))).isEqualTo(Priority.P1);
  }

  @Test
  void from_changesOneCell() {
    PriorityMatrix m = PriorityMatrix.from(PriorityMatrix.ofDefaults()).set(Level.LOW, Level.LOW, Priority.P3).build();
    assertThat(m.priorityOf(new Assessment("x", Severity.MINOR, Level.LOW, Level.LOW))).isEqualTo(Priority.P3);
    assertThat(m.severityFloor()).containsEntry(Severity.CRITICAL, Priority.P1);
    assertThat(PriorityMatrix.custom().build().priorityOf(new Assessment("x", Severity.CRITICAL, Level.HIGH, Level.HIGH)))
        .isEqualTo(Priority.P4);
  }

  @Test
  void constructor_invalidInputIsRejected() {
    assertThatThrownBy(() -> new PriorityMatrix(Map.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table must have a row for impact HIGH, but had none");
    assertThatThrownBy(() -> new PriorityMatrix(Map.of(Level.HIGH, Map.of(), Level.MEDIUM, Map.of(), Level.LOW, Map.of()),
        Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table must set impact HIGH x urgency HIGH, but it was missing");
    assertThatThrownBy(() -> PriorityMatrix.custom().floor(Severity.MAJOR, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Assessment(" ", Severity.MAJOR, Level.LOW, Level.LOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("category must not be blank, but was ' '");
  }

  @Test
  void atLeast_picksTheMoreUrgent() {
    assertThat(Priority.P3.atLeast(Priority.P1)).isEqualTo(Priority.P1);
    assertThat(Priority.P1.atLeast(Priority.P3)).isEqualTo(Priority.P1);
  }
}
