package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CalibrationRowTest {

  @Test
  void new_keepsValues() {
    CalibrationRow r = new CalibrationRow(2, 10, 0.3, 0.4);
    assertThat(r.meanPredicted()).isEqualTo(0.3);
    assertThat(r.observedRate()).isEqualTo(0.4);
  }

  @Test
  void new_invalidInput_throws() {
    assertThatThrownBy(() -> new CalibrationRow(1, -1, 0.3, 0.4)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("group must be >= 1 and cases >= 0, but were 1 and -1");
    assertThatThrownBy(() -> new CalibrationRow(1, 1, 1.5, 0.4)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("meanPredicted and observedRate must be in [0, 1], but were 1.5 and 0.4");
    assertThatThrownBy(() -> new CalibrationRow(1, 1, 0.5, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }
}
