package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValidationReportTest {

  @Test
  void new_keepsValues() {
    assertThat(new ValidationReport(10, 0.4, 0.8, 0.6).gini()).isEqualTo(0.6);
  }

  @Test
  void new_invalidInput_throws() {
    assertThatThrownBy(() -> new ValidationReport(-1, 0, 0.5, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cases must be >= 0, but was -1");
    assertThatThrownBy(() -> new ValidationReport(1, Double.NaN, 0.5, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ks and auc must be in [0, 1]");
  }
}
