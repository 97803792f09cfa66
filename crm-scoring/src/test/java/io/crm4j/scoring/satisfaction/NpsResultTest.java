package io.crm4j.scoring.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NpsResultTest {

  @Test
  void total_sumsCounts() {
    assertThat(new NpsResult(1, 2, 3, -33.3).total()).isEqualTo(6);
  }

  @Test
  void new_rejectsBadValues() {
    assertThatThrownBy(() -> new NpsResult(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("counts must be >= 0, but were -1, 0, 0");
    assertThatThrownBy(() -> new NpsResult(1, 0, 0, 101)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score must be in [-100, 100], but was 101.0");
    assertThatThrownBy(() -> new NpsResult(1, 0, 0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }
}
