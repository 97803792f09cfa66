package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardValidationTest {

  @Test
  void new_copiesTheTables() {
    List<LiftRow> lift = new ArrayList<>(List.of(new LiftRow(1, 1, 1, 1, 2, 1)));
    ScorecardValidation v = new ScorecardValidation(new ValidationReport(2, 1, 1, 1), lift,
        List.of(new CalibrationRow(1, 1, 0.9, 1)));
    lift.clear();
    assertThat(v.lift()).hasSize(1);
    assertThatThrownBy(() -> v.lift().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void new_nullSummary_throws() {
    assertThatThrownBy(() -> new ScorecardValidation(null, List.of(), List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("summary");
  }
}
